#!/bin/bash
# Runs deploy/slurm/filmprint-array.sbatch for real, on a one-node Slurm cluster made on this
# machine (Debian 12 or alike, as root), and checks what it makes:
#   1. installs slurm-wlm and munge (apt-get, if missing), starts munged (if not running),
#      writes a throw-away slurm.conf (this host as the only node, 4 CPUs as task slots) and
#      starts slurmctld and slurmd on ports of their own;
#   2. makes a library of 12 tiny films with ffmpeg (some in subfolders, two of the same name);
#   3. submits the array as 4 tasks, waits, checks every task's state and exit code, runs
#      `filmprint merge --html` (as the dependent job of deploy/README.md and by hand) and
#      checks every film was made exactly once, the manifests whole, the PNGs and gallery there;
#   4. into a fresh output folder, cancels array task 2 mid-run (longer films, to catch it),
#      checks the merge refuses the gap, resubmits task 2 alone (--array=2) and checks that it
#      skips what it had made, makes the rest, and that the merge is whole again;
#   5. stops the daemons it started and removes what it made (the packages stay).
# Any failed check stops it with "test.sh: FAILED: ..." and the daemons' and jobs' logs, and
# exit status 1. Usage, from anywhere:
#     deploy/slurm/test.sh              # KEEP=1 leaves the work folder (and its logs)
# Settings (environment): FILMPRINT (the binary, default target/release/filmprint of this
# repository), LONG_SECONDS (length of the films of part 4, default 60), CTLD_PORT and
# SLURMD_PORT (default 16817, 16818), TIMEOUT (seconds per wait, default 600).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
SBATCH_FILE=$HERE/filmprint-array.sbatch
FILMPRINT=${FILMPRINT:-$ROOT/target/release/filmprint}
LONG_SECONDS=${LONG_SECONDS:-60}
CTLD_PORT=${CTLD_PORT:-16817}
SLURMD_PORT=${SLURMD_PORT:-16818}
TIMEOUT=${TIMEOUT:-600}
KEEP=${KEEP:-0}
SHARDS=4
NODE=$(hostname -s)

W=""                # the work folder: Slurm's state, films, outputs, logs
STARTED_MUNGED=""   # pid of the munged we started, if we did
CREATED_KEY=""      # the munge key, if we made it
SLURM_UP=""         # set once slurmctld/slurmd were started
JOBS=()             # every job we submitted, to cancel on the way out

say() { printf '\n== %s\n' "$*"; }
info() { printf '   %s\n' "$*"; }

show_logs() {
    [[ -n $W && -d $W ]] || return 0
    local f
    for f in "$W"/slurm/log/*.log "$W"/jobs/*.log; do
        [[ -f $f ]] || continue
        echo "---- ${f#"$W"/} (last 40 lines)" >&2
        tail -n 40 "$f" >&2
    done
}

fail() {
    echo >&2
    echo "test.sh: FAILED: $*" >&2
    show_logs
    exit 1
}

wait_gone() { # pid: waits up to 30 s for it to end, then SIGKILL
    local pid=$1 i
    for ((i = 0; i < 300; i++)); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
}

cleanup() {
    local pid j d
    set +e
    if [[ -n $SLURM_UP ]]; then
        for j in "${JOBS[@]}"; do scancel "$j" 2>/dev/null; done
        for d in slurmd slurmctld; do
            pid=$(cat "$W/slurm/$d.pid" 2>/dev/null) || continue
            kill -TERM "$pid" 2>/dev/null && wait_gone "$pid"
        done
        info "slurmd and slurmctld stopped"
    fi
    if [[ -n $STARTED_MUNGED ]]; then
        kill -TERM "$STARTED_MUNGED" 2>/dev/null && wait_gone "$STARTED_MUNGED"
        info "munged stopped"
    fi
    if [[ -n $CREATED_KEY ]]; then
        rm -f "$CREATED_KEY"
        info "removed the munge key it made"
    fi
    if [[ -n $W && -d $W ]]; then
        if [[ $KEEP == 1 ]]; then
            info "left $W (KEEP=1)"
        else
            rm -rf "$W"
            info "removed $W"
        fi
    fi
}
on_exit() {
    local rc=$?
    echo "test.sh: stopped with status $rc; cleaning up" >&2
    cleanup
    exit "$rc"
}
trap on_exit EXIT
trap 'exit 130' INT TERM

[[ $(id -u) == 0 ]] || fail "run as root (it installs packages and starts daemons)"
[[ -x $FILMPRINT ]] || fail "no filmprint binary at $FILMPRINT (cargo build --release, or set FILMPRINT)"
command -v ffmpeg >/dev/null || fail "ffmpeg is needed to make the test films"
command -v python3 >/dev/null || fail "python3 is needed to read the manifests"
BINDIR=$(cd "$(dirname "$FILMPRINT")" && pwd)

# ---------------------------------------------------------------- 1. Slurm on this machine
say "1. Slurm and munge"
if ! dpkg -s slurm-wlm munge >/dev/null 2>&1; then
    info "installing slurm-wlm and munge with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq || fail "apt-get update"
    apt-get install -y -qq slurm-wlm munge >/dev/null || fail "apt-get install slurm-wlm munge"
fi
info "$(slurmctld -V), $(munged -V 2>&1 | head -n1)"

if [[ ! -s /etc/munge/munge.key ]]; then
    info "creating /etc/munge/munge.key"
    mungekey --create --keyfile /etc/munge/munge.key || fail "mungekey --create"
    chown munge:munge /etc/munge/munge.key
    chmod 0400 /etc/munge/munge.key
    CREATED_KEY=/etc/munge/munge.key
fi
if munge -n </dev/null 2>/dev/null | unmunge >/dev/null 2>&1; then
    info "munged already running: using it"
else
    mkdir -p /run/munge /var/log/munge /var/lib/munge
    chown munge:munge /run/munge /var/log/munge /var/lib/munge
    runuser -u munge -- munged || fail "munged did not start (see /var/log/munge/munged.log)"
    for _ in $(seq 50); do [[ -s /run/munge/munged.pid ]] && break; sleep 0.1; done
    STARTED_MUNGED=$(cat /run/munge/munged.pid)
    munge -n </dev/null | unmunge >/dev/null || fail "munge does not work"
    info "munged started (pid $STARTED_MUNGED)"
fi

for port in "$CTLD_PORT" "$SLURMD_PORT"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        fail "port $port is in use (another Slurm?): set CTLD_PORT/SLURMD_PORT"
    fi
done

W=$(mktemp -d /tmp/filmprint-slurm-test.XXXXXX)
chmod 0755 "$W"
mkdir -p "$W/slurm/state" "$W/slurm/spool" "$W/slurm/log" "$W/jobs"
MEM_MB=$(awk '/^MemTotal:/ { print int($2 / 1024) }' /proc/meminfo)
export SLURM_CONF=$W/slurm/slurm.conf
# 4 CPUs whatever the machine has (config_overrides), so that 4 one-CPU tasks run at once;
# cores only are consumed (CR_Core), so #SBATCH --mem is checked against RealMemory but not
# reserved; no cgroups (proctrack/linuxproc, task/none), no accounting.
cat >"$SLURM_CONF" <<EOF
ClusterName=filmprint-test
SlurmctldHost=$NODE(127.0.0.1)
SlurmctldPort=$CTLD_PORT
SlurmdPort=$SLURMD_PORT
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
StateSaveLocation=$W/slurm/state
SlurmdSpoolDir=$W/slurm/spool
SlurmctldPidFile=$W/slurm/slurmctld.pid
SlurmdPidFile=$W/slurm/slurmd.pid
SlurmctldLogFile=$W/slurm/log/slurmctld.log
SlurmdLogFile=$W/slurm/log/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
MpiDefault=none
ReturnToService=2
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SlurmdParameters=config_overrides
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
JobCompType=jobcomp/none
MailProg=/bin/true
KillWait=10
MinJobAge=600
NodeName=$NODE NodeAddr=127.0.0.1 CPUs=4 RealMemory=$MEM_MB State=UNKNOWN
PartitionName=test Nodes=$NODE Default=YES MaxTime=INFINITE State=UP
EOF
info "slurm.conf: $SLURM_CONF (node $NODE, CPUs=4, RealMemory=$MEM_MB)"

SLURM_UP=1
slurmctld -f "$SLURM_CONF" || fail "slurmctld did not start"
for _ in $(seq 100); do scontrol ping >/dev/null 2>&1 && break; sleep 0.2; done
scontrol ping >/dev/null 2>&1 || fail "slurmctld does not answer"
slurmd -f "$SLURM_CONF" || fail "slurmd did not start"
state=""
for _ in $(seq 150); do
    state=$(sinfo -h -n "$NODE" -o %T 2>/dev/null || true)
    [[ $state == idle ]] && break
    sleep 0.2
done
[[ $state == idle ]] || fail "node $NODE is '$state', not idle: $(scontrol show node "$NODE" | grep -i reason || true)"
info "slurmctld and slurmd up; sinfo:"
sinfo | sed 's/^/     /'

# -------------------------------------------------------------------- 2. a film library
# Same layout twice: tiny films for part 3, longer ones for part 4 (the shard of a film
# depends only on its output name, so on the layout, not on the contents).
LAYOUT=(
    "red.mp4|color=c=red:size=SIZE:rate=25"
    "green.mp4|color=c=green:size=SIZE:rate=25"
    "bars.mp4|smptebars=size=SIZE:rate=25"
    "test.mp4|testsrc2=size=SIZE:rate=25"
    "day/red.mp4|color=c=0xc03020:size=SIZE:rate=25"
    "day/sky.mp4|testsrc2=size=SIZE:rate=25,hue=h=200"
    "day/sun.mp4|testsrc2=size=SIZE:rate=25,hue=h=40"
    "day/noon/white.mp4|color=c=white:size=SIZE:rate=25"
    "night and fog/blue.mp4|color=c=navy:size=SIZE:rate=25"
    "night and fog/rgb.mp4|rgbtestsrc=size=SIZE:rate=25"
    "night and fog/purple.mp4|testsrc2=size=SIZE:rate=25,hue=h=280"
    "night and fog/grey.mp4|testsrc=size=SIZE:rate=25,hue=s=0"
)
FILM_COUNT=${#LAYOUT[@]}

make_library() { # folder seconds size
    local dir=$1 secs=$2 size=$3 entry path graph
    for entry in "${LAYOUT[@]}"; do
        path=${entry%%|*}
        graph=${entry#*|}
        graph=${graph//SIZE/$size}
        mkdir -p "$(dirname "$dir/$path")"
        ffmpeg -nostdin -v error -y -f lavfi -i "$graph" -t "$secs" -pix_fmt yuv420p \
            -c:v libx264 -g 25 "$dir/$path" || fail "ffmpeg could not make $path"
    done
}

say "2. A library of $FILM_COUNT films"
make_library "$W/short/films" 2 160x90
info "$W/short/films: $FILM_COUNT films of 2 s, 160x90:"
(cd "$W/short/films" && find . -type f | sort | sed 's/^/     /')

# ---------------------------------------------------------------------- helpers for 3, 4
submit() { # sbatch options...: sets JOB to the job id
    JOB=$(sbatch --parsable "$@") || fail "sbatch $* was refused"
    JOB=${JOB%%;*}
    JOBS+=("$JOB")
}

export_for() { # films out
    echo "ALL,FILMS=$1,OUT=$2,SHARDS=$SHARDS,PATH=$BINDIR:$PATH"
}

wait_jobs() { # job id...: until squeue shows none of them
    local start=$SECONDS
    while [[ -n $(squeue -h -j "$(IFS=,; echo "$*")" 2>/dev/null) ]]; do
        ((SECONDS - start < TIMEOUT)) || fail "jobs $* still queued or running after ${TIMEOUT}s: $(squeue)"
        sleep 1
    done
}

task_states() { # job id: "TASK STATE EXIT" per array task, from slurmctld (no accounting here)
    scontrol -o show job "$1" | python3 -c '
import re, sys
for line in sys.stdin:
    f = dict(re.findall(r"(\w+)=(\S*)", line))
    print(f.get("ArrayTaskId", "-"), f["JobState"], f["ExitCode"])' | sort -n
}

expect_tasks() { # job id, then "TASK STATE EXIT" lines expected
    local id=$1 got want line
    shift
    got=$(task_states "$id")
    want=$(printf '%s\n' "$@")
    while IFS= read -r line; do info "  task $line"; done <<<"$got"
    [[ $got == "$want" ]] || fail "job $id: tasks ended as
$got
where expected
$want"
}

# check_out OUT FILMS [--merged] [--gallery]: every film of FILMS in exactly one shard
# manifest, made (done or up to date), its outputs there; with --merged the merged manifest
# whole; with --gallery index.html showing every PNG.
check_out() {
    python3 - "$@" "$SHARDS" <<'EOF' || fail "the outputs in $1 are not right (see above)"
import json, os, sys
out, films, *flags = sys.argv[1:]
shards = int(flags.pop())
errors = []
library = {os.path.realpath(os.path.join(d, f)) for d, _, fs in os.walk(films) for f in fs}
seen = {}
for i in range(1, shards + 1):
    path = os.path.join(out, f"filmprint-batch-{i}-of-{shards}.json")
    try:
        manifest = json.load(open(path))
    except (OSError, ValueError) as e:
        errors.append(f"shard manifest {path}: {e}")
        continue
    if manifest.get("shard") != f"{i}/{shards}":
        errors.append(f"{path} says shard {manifest.get('shard')}")
    for film in manifest["films"]:
        seen.setdefault(film["name"], []).append((i, film))
for name, where in sorted(seen.items()):
    if len(where) != 1:
        errors.append(f"{name} is in shards {[i for i, _ in where]}")
sources = sorted(os.path.realpath(f["source"]) for w in seen.values() for _, f in w)
if sorted(library) != sorted(set(sources)) or len(sources) != len(library):
    errors.append(f"the shards hold {len(sources)} films, the library {len(library)}: "
                  f"missing {sorted(library - set(sources))}")
for name, where in seen.items():
    for i, film in where:
        if film["status"] not in ("done", "up_to_date"):
            errors.append(f"{name} (shard {i}) is {film['status']}: {film.get('error')}")
        for output in film.get("outputs", []):
            if not os.path.isfile(os.path.join(out, output)):
                errors.append(f"{name}: its output {output} is missing")
        png = os.path.join(out, name + ".png")
        if not (os.path.isfile(png) and open(png, "rb").read(8) == b"\x89PNG\r\n\x1a\n"):
            errors.append(f"{name}: {png} is not a PNG")
partial = [f for f in os.listdir(out) if f.endswith(".part")]
if partial:
    errors.append(f"partial files left: {partial}")
if "--merged" in flags:
    merged = json.load(open(os.path.join(out, "filmprint-batch.json")))
    names = [f["name"] for f in merged["films"]]
    if sorted(names) != sorted(seen) or len(names) != len(set(names)):
        errors.append(f"merged manifest has {len(names)} films {sorted(names)}, shards {sorted(seen)}")
    bad = [f["name"] for f in merged["films"] if f["status"] not in ("done", "up_to_date")]
    if bad:
        errors.append(f"merged manifest: not made: {bad}")
if "--gallery" in flags:
    try:
        page = open(os.path.join(out, "index.html"), encoding="utf-8").read()
        errors += [f"index.html does not show {n}.png" for n in seen if f"{n}.png" not in page]
    except OSError as e:
        errors.append(f"gallery: {e}")
for e in errors:
    print("   check:", e)
if errors:
    sys.exit(1)
print(f"   ok: {len(seen)} films, each in exactly one of {shards} shard manifests, made, PNG there"
      + (", merged manifest whole" if "--merged" in flags else "")
      + (", gallery shows all" if "--gallery" in flags else ""))
EOF
}

shard_names() { # out shard: the names of a shard's films, one a line
    python3 -c '
import json, sys
for f in json.load(open(sys.argv[1]))["films"]:
    print(f["name"])' "$1/filmprint-batch-$2-of-$SHARDS.json"
}

# ------------------------------------------------------------------------ 3. a whole run
say "3. The array, $SHARDS tasks"
OUT1=$W/out1
cmd=(sbatch --parsable --array="1-$SHARDS" --cpus-per-task=1 --chdir="$W/jobs"
    --export="$(export_for "$W/short/films" "$OUT1")" "$SBATCH_FILE")
info "${cmd[*]//"$PATH"/\$PATH}"
submit "${cmd[@]:2}"
job=$JOB
submit --dependency=afterany:"$job" --chdir="$W/jobs" --output=merge-%j.log \
    --export="ALL,PATH=$BINDIR:$PATH" --wrap "filmprint merge '$OUT1' --html"
merge_job=$JOB
info "job $job, and the merge as job $merge_job (--dependency=afterany:$job)"
wait_jobs "$job" "$merge_job"
expect_tasks "$job" "1 COMPLETED 0:0" "2 COMPLETED 0:0" "3 COMPLETED 0:0" "4 COMPLETED 0:0"
expect_tasks "$merge_job" "- COMPLETED 0:0"
info "task 1's log:"
sed 's/^/     | /' "$W/jobs/filmprint-${job}_1.log"
info "merge job's log:"
sed 's/^/     | /' "$W/jobs/merge-$merge_job.log"
check_out "$OUT1" "$W/short/films"
rm -f "$OUT1/filmprint-batch.json" "$OUT1/index.html"
info "filmprint merge $OUT1 --html"
PATH=$BINDIR:$PATH filmprint merge "$OUT1" --html || fail "filmprint merge exited with $?"
check_out "$OUT1" "$W/short/films" --merged --gallery

# ----------------------------------------------------- 4. a task cancelled, then resubmitted
say "4. Task 2 cancelled mid-run, then resubmitted alone"
mapfile -t names2 < <(shard_names "$OUT1" 2)
((${#names2[@]} >= 2)) || fail "shard 2 has ${#names2[@]} films; at least 2 are needed to stop it midway"
make_library "$W/long/films" "$LONG_SECONDS" 320x180
info "the same layout again in $W/long/films: films of ${LONG_SECONDS} s, 320x180"
OUT2=$W/out2
cmd=(sbatch --parsable --array="1-$SHARDS" --cpus-per-task=1 --chdir="$W/jobs"
    --export="$(export_for "$W/long/films" "$OUT2")" "$SBATCH_FILE")
info "${cmd[*]//"$PATH"/\$PATH}"
submit "${cmd[@]:2}"
job=$JOB
info "job $job; shard 2 makes: ${names2[*]}"
start=$SECONDS
while :; do
    made=0
    for n in "${names2[@]}"; do [[ -f $OUT2/$n.png ]] && made=$((made + 1)); done
    state=$(squeue -h -j "${job}_2" -o %T 2>/dev/null || true)
    if [[ $state == RUNNING && $made -ge 1 && $made -lt ${#names2[@]} ]]; then
        break
    fi
    [[ $made -lt ${#names2[@]} ]] || fail "task 2 made all its films before it could be stopped: set LONG_SECONDS higher"
    ((SECONDS - start < TIMEOUT)) || fail "task 2 made none of its films in ${TIMEOUT}s"
    sleep 0.2
done
declare -A before=()
for n in "${names2[@]}"; do
    [[ -f $OUT2/$n.png ]] && before[$n]=$(stat -c %Y.%y "$OUT2/$n.png")
done
info "task 2 has made ${!before[*]} ($made of ${#names2[@]}): scancel ${job}_2"
scancel "${job}_2"
wait_jobs "$job"
expect_tasks "$job" "1 COMPLETED 0:0" "2 CANCELLED 0:15" "3 COMPLETED 0:0" "4 COMPLETED 0:0"
info "task 2's log:"
sed 's/^/     | /' "$W/jobs/filmprint-${job}_2.log"
python3 - "$OUT2/filmprint-batch-2-of-$SHARDS.json" <<'EOF' || fail "task 2's manifest after the cancel"
import collections, json, sys
films = json.load(open(sys.argv[1]))["films"]
print("   task 2's manifest after the cancel (whole JSON):",
      dict(collections.Counter(f["status"] for f in films)))
EOF
if partial=$(find "$OUT2" -name '*.part' | grep .); then
    fail "partial files left after the cancel: $partial"
fi
info "filmprint merge $OUT2 --html (should refuse: task 2 is not finished)"
if PATH=$BINDIR:$PATH filmprint merge "$OUT2" --html; then
    fail "filmprint merge exited 0 with task 2's films missing"
else
    info "merge exited with $? as it should"
fi

info "sbatch --array=2 without SHARDS (should refuse to guess the shard count)"
submit --array=2 --cpus-per-task=1 --chdir="$W/jobs" \
    --export="ALL,FILMS=$W/long/films,OUT=$OUT2,PATH=$BINDIR:$PATH" "$SBATCH_FILE"
wait_jobs "$JOB"
expect_tasks "$JOB" "2 FAILED 2:0"
sed 's/^/     | /' "$W/jobs/filmprint-${JOB}_2.log"
[[ ! -e $OUT2/filmprint-batch-2-of-2.json ]] || fail "a task of --array=2 ran as shard 2/2"

cmd=(sbatch --parsable --array=2 --cpus-per-task=1 --chdir="$W/jobs"
    --export="$(export_for "$W/long/films" "$OUT2")" "$SBATCH_FILE")
info "${cmd[*]//"$PATH"/\$PATH}"
submit "${cmd[@]:2}"
job2=$JOB
wait_jobs "$job2"
expect_tasks "$job2" "2 COMPLETED 0:0"
info "resubmitted task 2's log:"
sed 's/^/     | /' "$W/jobs/filmprint-${job2}_2.log"
for n in "${!before[@]}"; do
    [[ $(stat -c %Y.%y "$OUT2/$n.png") == "${before[$n]}" ]] ||
        fail "$n.png, made before the cancel, was made again"
done
python3 - "$OUT2/filmprint-batch-2-of-$SHARDS.json" "${!before[@]}" <<'EOF' || fail "task 2's manifest after the resubmission"
import json, sys
films = {f["name"]: f["status"] for f in json.load(open(sys.argv[1]))["films"]}
kept = set(sys.argv[2:])
wrong = {n: s for n, s in films.items() if s != ("up_to_date" if n in kept else "done")}
print("   task 2's manifest now:", films)
if wrong:
    print("   check: expected up_to_date for those made before the cancel, done for the rest:", wrong)
    sys.exit(1)
EOF
info "filmprint merge $OUT2 --html"
PATH=$BINDIR:$PATH filmprint merge "$OUT2" --html || fail "filmprint merge exited with $?"
check_out "$OUT2" "$W/long/films" --merged --gallery

# ----------------------------------------------------------------------------- 5. the end
say "5. Cleaning up"
version=$(sinfo -V)
trap - EXIT
cleanup
echo
echo "test.sh: PASSED on $version: $FILM_COUNT films in $SHARDS array tasks, each made once;" \
    "task 2 cancelled, resubmitted alone, resumed; merges whole"
