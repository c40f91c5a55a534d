#!/usr/bin/env python3
"""Generate the shot-boundary test corpus with frame-exact ground truth.

Each clip is joined from segments (ffmpeg lavfi sources, and pieces of the
bundled Big Buck Bunny trailer that lie strictly inside one of its shots) by
one ffmpeg filter graph: cuts (concat), cross-dissolves (xfade fade/dissolve,
and fadegrays, through grayscale), fades through black/white (xfade
fadeblack/fadewhite) and fade-out/fade-in (fade filter + concat). The ground
truth is computed from the segment lengths: a cut is the first frame of the new
shot (first == last); a gradual transition is the interval of blended frames.
Inside shots there are distractors that are NOT boundaries: flashes (1-3 bright
or white frames), fast pans, whips, shake, zooms, grain.

Every clip is written in color and in black and white (hue=s=0), 320x180,
24 fps, H.264 yuv420p, with NAME.json beside it. Splits: of clips 00-11
(CLIPS), those whose index is 2 mod 3 are "held-out", the others "tuning";
clips 12-17 (HELD_OUT_B) are "held-out-b", a second held-out set made later
from new recipes (other sources, trailer frames, effects, seeds, orders and
transition lengths, the same kinds of difficulty), never looked at while
tuning; clips 18-23 (HELD_OUT_C) are "held-out-c", a third one written after
held-out-b, again from new recipes (new sources and seeds, tints, pillarbox,
shake, crash zooms, partial flashes, fadegrays dissolves) and never looked at
while tuning; clips 24-29 (HELD_OUT_D) are "held-out-d", a fourth one written
after held-out-c, again from new recipes (new sources and seeds, film flicker,
gate weave, scratches, academy and window boxes, swish pans, push-ins, crane
moves, camera flashes, hue cycling) whose truth was checked by eye, without
running the detector on them; clips 30-35 (HELD_OUT_E) are "held-out-e", a
fifth one written after held-out-d, again blind (the detector never run on
them) from new recipes of realistic film material in six genres (a night
thriller, a sepia western, a nature film, an animated short, a silent film with
intertitles, a TV news piece) from new drawn scenes and seeds, with scope and
4:3 bars, black-and-white, sepia and blue tints, lightning, gunshots and press
flashes, jolts and whip pans, news tickers and lower thirds; clips 36-41
(HELD_OUT_F) are "held-out-f", a sixth one written after held-out-e, again
blind, from new recipes of realistic film material in six more genres (a
romantic comedy, a war film, a concert film, a horror film, a technicolor
musical, a sports broadcast) from new drawn scenes and seeds, with flat and
scope bars, black-and-white and sepia footage, shell bursts, stage strobes,
phone and lightning flashes, shoulder-held and startled cameras, fast pans,
slow-motion replays of the shot just seen, a score bug and captions; clips
42-47 (HELD_OUT_G) are "held-out-g", a seventh one written after held-out-f,
again blind, from new recipes of realistic film material in six more genres (a
candle-lit costume drama, a car chase, a cooking show, a black-and-white art
film, a space opera, a Super 8 home movie) from new drawn scenes and seeds,
with scope bars and 4:3 home-movie frames, sepia and black-and-white, muzzle
flashes, an explosion, lightning, laser fire, camera flashes and a flambe,
cuts during tracking pans, car-mounted and hand-held cameras; clips 48-53
(HELD_OUT_H) are "held-out-h", an eighth one written after held-out-g, again
blind, from new recipes of film material of six more kinds (a harbour
documentary, a synth-pop music video, a dusty western, a neon noir, an alpine
nature film, a flat-colour cartoon animated on twos) from new drawn scenes and
seeds, with scope and wide bars, heat haze and blowing dust, neon light and a
blinking sign, strobes, zooms punched in on the beat, RGB glitches, gunshots,
sweeping headlights, failing tubes, inverted impact frames, hand-held zooms and
pans with dissolves under them, long cross-dissolves and credits over black; clips
54-59 (HELD_OUT_I) are "held-out-i", a ninth one written after held-out-h, again
blind, from new recipes of film material of six more kinds (a courtroom drama, a
submarine film, a camcorder skateboard video, a 1970s kung-fu film, a wildlife
safari, a stop-motion clay animation) from new drawn scenes and seeds (in
shots_sources_i.py), with flat, scope and 4:3 bars, press flashes, lights dipping
and shaking under depth charges, a red alarm pulse, sun flares, a tape dropout,
crash zooms and whip pans, hit frames, a bird crossing the lens, heat haze, dust,
follow cams and a fisheye lens, a jeep-mounted camera, cuts during pans and to
closer framings of one scene, frame-to-frame exposure flicker and a bumped set,
dissolves of 6 to 48 frames and credits over black; clips 60-65 (HELD_OUT_J) are
"held-out-j", a tenth one written after held-out-i, again blind, from new recipes of film
material of six more kinds (a ballet film, a video game capture, surveillance footage, a
railway travelogue, archive footage of a rocket launch, a fashion show) from new drawn scenes
and seeds (sources, effects and recipes all in shots_sources_j.py), with stage lights dipping
to near black, a sweeping follow spot, hurt frames, a pause screen and text popping up, camera
labels and running counters, a six-frame recorder, a PTZ swing, a tape glitch, a switch to
infrared, headlights blooming, a tunnel, steam over the lens, telegraph poles whipping past,
ignition glare and launch vibration, photographers' flashes and strobes, cuts between
near-identical angles and to closer framings, dissolves under motion and between dark shots,
long faint dissolves and fades through black and white; clips 66-71 (HELD_OUT_K) are
"held-out-k", an eleventh one written after held-out-j, again blind, from new recipes of film
material of six more kinds (a wedding video, a city time-lapse, a 1980s VHS aerobics workout,
an insect macro documentary, a weather forecast, a puppet show) from new drawn scenes and seeds
(sources, effects and recipes all in shots_sources_k.py), with guests' camera flashes, moving
dance-floor spots, candles blown out, day turning to night, time-lapse exposure flicker, a
hyperlapse push, chroma bleed and a head-switching band, a tape dropout and a tracking roll,
wind sway and sun flares in macro shots, a night moth round a lamp, a scrolling ticker, a radar
sweep, lightning, a curtain opening inside a shot, flickering stage lights and a shadow play,
cuts between near-identical angles, to closer framings and between dark shots, dissolves of 8
to 44 frames and fades through black and white; clips 72-77 (HELD_OUT_L) are "held-out-l",
a twelfth one written after held-out-k, again blind, from new recipes of film material of six
more kinds (an underwater reef documentary, a nature film of a storm at sea, a night-vision
wildlife film, a stage magic show, a fireworks night, a ski film) from new drawn scenes and
seeds (sources, effects and recipes all in shots_sources_l.py), with rippling caustics, bubbles,
a shoal and a moth passing the lens, a diver's torch shone into it, scope and 2:1 bars, a ship
rolling and heaving, forked lightning, a wave over the lens, a lamp failing for good, a
lighthouse beam sweeping into the lens, infrared green with a camera trap's clock, an infrared
lamp surging, auto-gain hunting, a recorder glitch, flash powder and smoke, house lights
dimming slowly, a phone flash, names fading in, bursts lighting the sky, a gold flash,
crackling strobes, drifting smoke, a pinch zoom, whip and follow pans, snow sprayed on the
lens, a slow sun flare and a whiteout, cuts between near-identical angles, to closer framings
and between dark shots, dissolves of 10 to 44 frames and fades through black and white; clips
78-83 (HELD_OUT_M) are "held-out-m", a thirteenth one written after held-out-l, again blind,
from new recipes of film material of six more kinds (a desert road movie, a hospital drama, a
volcano documentary, an industrial film of a steel mill, a microscope science film, an aurora
night-sky film) from new drawn scenes and seeds (sources, effects and recipes all in
shots_sources_m.py), with scope, 4:3 and wide bars and a round eyepiece, heat shimmer, a truck
and a gurney passing the lens, a bump in the road, sun glare, blowing dust, shadows of poles
sweeping over a face, a blinking sign, fluorescent tubes struggling, a theatre lamp switched on,
a defibrillator shock, a door opening, a heart monitor sweeping, a burst of glow from a vent, a
lava bomb past the lens, falling ash, drifting gas, a tremor, helicopter vibration, a furnace
door raised, a welding arc flickering, sparks across the lens, steam, projector flicker, a jolt,
a crash zoom and a tilt, a focus hunt, a microscope stage slid across, a lamp turned up, an air
bubble, a headtorch and headlights sweeping past, a fireball, time-lapse flicker, an aurora
surge, a lamp put out, captions fading in, cuts during pans and zooms, between near-identical
angles, to closer framings and between dark shots, dissolves of 8 to 48 frames and fades
through black and white; clips 84-89 (HELD_OUT_N) are "held-out-n", a fourteenth one written
after held-out-m, again blind, from new recipes of film material of six more kinds (a rainforest
nature film, a motor-racing broadcast, an air show film, a circus film, a 16 mm educational film
of the harvest, a television quiz show) from new drawn scenes and seeds (sources, effects and
recipes all in shots_sources_n.py), with 1.66 pillars, gate weave, scratches, dust and flicker,
a broadcast's lap counter over every shot, drifting mist, a tilt down from the canopy, a rack
focus, a butterfly, a leaf, a car, jets, gulls, a trapeze artist and a camera operator passing
the lens, rain setting in over a cut, the sun breaking through, fireflies, a follow pan, onboard
vibration and a tunnel, a kerb strike, tyre smoke, a timing tower and scores sliding in, a
slow-motion replay of doubled frames, photographers' flashes, champagne, smoke drifting over the
lens, a glint off a canopy, engine buzz, heat haze, a fast tilt up, a sun flare, a zoom back, a
follow spot sweeping, a custard pie on the lens, a drumroll strobe behind cage bars, the house
lights going down, a cannon's flash and smoke, confetti, chaff blowing over the lens, a cloud's
shadow, dusk falling, chaser lights, a jib move, the studio dimmed, a buzzer, the right answer
lit, a spinning wheel, colour strobes, a balloon drop, credits rolling over the set, captions
fading in, cuts between near-identical angles, to closer framings and between dark shots,
dissolves of 10 to 44 frames and fades through black and white; clips 90-95 (HELD_OUT_O) are
"held-out-o", a fifteenth one written after held-out-n, again blind, from new recipes of film
material of six more kinds (an opera relayed from the house, a technicolor pirate film, a 1950s
classroom chemistry film in black and white, a balloon festival documentary, a 1960s caper film,
a 1970s television documentary about loggers), shorter clips (about 20 s) with shorter shots,
from new drawn scenes and seeds (sources, effects and recipes all in shots_sources_o.py), with
scope and 4:3 bars, projector flicker, gate weave, scratches and dust, a photographer's flash in
the boxes, a follow spot swinging across the stage, the stage going blue, a thunder strobe, a
latecomer, a waiter, a rope, a hand, a balloon, a tree and a truck passing the lens, the ship
rolling, a broadside and smoke over the lens, a whip pan, spray over the lens, a swinging
lantern, the blinds drawn, magnesium burning, the projector stuttering, burner blasts, a sun
flare, a fast pan across the sky, every burner of a night glow fired at once, photographers'
flashes, a searchlight and a guard's torch into the lens, a power cut and red emergency light,
sawdust over the lens, sunlight flickering on a hand-held walk, a fire flaring up, captions
fading in, credits rolling, cuts between near-identical angles, to closer framings and between
dark shots, dissolves of 8 to 40 frames and fades through black, white and grays; clips 96-101
(HELD_OUT_P) are "held-out-p", a sixteenth one written after held-out-o, again blind, from new
recipes of film material of six more kinds (a 1950s jazz club film, a 1930s newsreel in black
and white, a night market shot hand-held, a 1960s surf film, a documentary about a watchmaker, a
chess championship broadcast), clips of about 20 s with short shots, from new drawn scenes and
seeds (sources, effects and recipes all in shots_sources_p.py), with scope, 1.85, 1.66 and 4:3
bars, projector flicker, gate weave, scratches and dust, intertitles, a neon sign blinking in
the rain, a waitress, a passer-by, tweezers and pigeons passing the lens, a push-in, cymbal
crashes, a match struck by the lens, a spotlight dimming and coming back, smoke, steam and spray
over the lens, a tilt up a mooring mast and down a clock tower, a bottle bursting on a hull,
flashbulbs, ticker tape over a pan, a splice's flash, a wok flaring up, a swinging bulb, a
scooter's headlight into the lens, a swish pan, a phone's flash, a follow pan, a wave washing
over the camera, a zoom back, sun glints and a sun flare, a moonlit beach, a desk lamp switched
on, the focus hunting, a bell shaking the tower, a broadcast's graphics over every shot,
photographers' flashes, a hand moving a piece, a clock slapped, an evaluation bar swinging,
captions fading in, credits rolling, cuts between near-identical angles, to closer framings and
between dark shots, cards cut into, dissolves of 10 to 34 frames and fades through black, white
and grays; clips 102-107 (HELD_OUT_Q) are "held-out-q", a seventeenth one written after
held-out-p, again blind, from new recipes of film material of six more kinds (a 1920s slapstick
chase, a candle-lit monastery drama, a 1970s roller disco, a polar expedition documentary, a
1950s aquacade, a 1970s taxi film at night), clips of about 20 s with short shots, from new drawn
scenes and seeds (sources, effects and recipes all in shots_sources_q.py), with 4:3, 1.85, 2:1,
scope and CinemaScope bars, amber and blue tints, projector flicker, gate weave, scratches, dust
and a heavy vignette, ornate intertitles, undercranked chases, an iris closing on a detail and
opening again, a jolt, a frame line slipping through the gate, candlelight guttering, a candle
blown out, a door opening on light, a window growing brighter at dawn, a monk passing the lens, a
slow push-in, a neon sign failing and switched off, chaser bulbs, a mirror ball's spots sweeping
every shot, colour strobes, colour washes, a follow spot, a skater passing the lens, swish and
fast pans, near-white low-contrast shots, a gust of snow to near white, sun glare, snow flurries,
the wind shaking the camera, a slow pan, a stove door opened in a dark hut, a crane back, a dive
followed by a tilt, a splash over the lens, bubbles, fountains surging, press flashes, wipers
sweeping, headlights into the lens, street lights sweeping over a face, police lights, a bump in
the road, sodium lights strobing in a tunnel, neon washing over a face, credits rolling, cuts
between near-identical angles, to closer framings, between dark and between near-white shots,
intertitles cut into, dissolves of 10 to 30 frames and fades through black, white and grays;
clips 108-113 (HELD_OUT_R) are "held-out-r", an eighteenth one written after held-out-q, again
blind, from new recipes of film material of six more kinds (a 1980s arcade and video-store teen
film, a Bollywood dance number, a 1940s film noir interrogation, a 1960s monster film, a
documentary about a village bakery, a 1950s Venice travelogue), clips of about 20 s with short
shots, from new drawn scenes and seeds (sources, effects and recipes all in shots_sources_r.py),
with 1.85, scope, 1.37, 1.66 and 4:3 bars, black and white with projector flicker, gate weave,
scratches and dust, faded colour, a CRT's roll bar, a game-over flash, a whip pan along the
cabinets, a hand-held walk, a high score popping up, a kid passing the lens, the store's lights
switched off, a neon sign blinking, a crane up, crash zooms on the beat, the camera whirling round
a dancer, colour powder thrown over the lens, petals falling, colour strobes, the sun behind the
dancers, a swinging lamp, a push-in, a lighter flicked, a fist on the table, smoke over the lens,
the light switched off and on again, a bulb failing, searchlights into the lens, a tremor, muzzle
flashes, an explosion, a ray glaring to near white, dust rolling over the lens, the strip light
switched on, puffs of flour to near white, a tray passing the lens, steam, the sun through a
window, glittering water, a pan with a gondola, a caption fading in, the boat rocking, passing
under a bridge, a sun glint, a tilt up a bell tower, pigeons flying up past the lens, a gondola's
prow passing the lens, a hazy near-white lagoon, credits rolling, cuts between near-identical
angles, to closer framings, between dark and between near-white shots, dissolves of 8 to 36
frames (long ones between moving, shaking and flickering shots), pixel dissolves, fades through
black, white and grays and fade outs and ins; clips 114-119 (HELD_OUT_S) are "held-out-s", a
nineteenth one written after held-out-r, again blind, from new recipes of film material of six
more kinds (a 1950s samurai film, a 1990s grunge music video, a caving documentary, a 1950s
sword-and-sandal epic, a 1970s television broadcast of a horse race, a 1980s anime robot series),
clips of about 20 s with short shots, from new drawn scenes and seeds (sources, effects and
recipes all in shots_sources_s.py), with 2.39, windowboxed 1.85 inside 4:3, 2:1, 2.76 and 4:3
bars, black and white with projector flicker and heavy grain, cross-processed colour, soft
television colour, flat cel colour animated on threes, rain, lightning twice, a gust of leaves, a
whip pan with a sword's slash, a sword's glint, a misty near-white morning, a paper screen slid
across the lens, a lantern blown out, a creep in, white strobes, a jolted hand-held camera, a
crowd-surfer passing the lens, a snap zoom, a film burn, the power dipping, a Dutch angle, a bulb
swinging in the dark, a photographer's flash, a bright cave mouth, a headlamp turned into the
lens, a lamp failing and coming back, a flare struck, bats past the lens, a crawl, an abseil's
tilt down, a whip pan round an arena, the hooves' rumble, a chariot's wheel passing the lens, a
pan along a legion, a tilt down a temple, a shield's glint to near white, dust rising over the
lens, a long-lens zoom, the stall gates opening, rail posts whipping past the lens, a caption, a
hat passing the lens, a glint from the stands, speed lines, a zoom burst, a robot's eyes
flashing, a quake, an animated pan, a beam to near white, an explosion, an impact frame, credits
rolling over black, cuts between near-identical framings, to closer framings, between dark and
between near-white shots, dissolves of 8 to 40 frames (long ones between moving, shaking,
strobing and flickering shots), pixel dissolves, fades through black, white and grays and fade
outs and ins; clips 120-125 (HELD_OUT_T) are "held-out-t", a twentieth one written after
held-out-s, again blind, from new recipes of film material of six more kinds (a 1960s French New
Wave street film, a 1920s Soviet montage film, a 1970s disaster film, a 1980s rodeo documentary,
a carnival parade broadcast, a deep-sea submersible documentary), clips of about 20 s with short
shots, from new drawn scenes and seeds (sources, effects and recipes all in shots_sources_t.py),
with 1.37, 4:3, 2.35 and 1.85 bars, black and white with heavy grain, black and white with
projector flicker, scratches and a hand-coloured red flag, warm 1970s colour, dusty sunlit
colour, saturated broadcast colour under a bug, the dark of the deep sea under a camera's
readout, jump cuts in one framing, a hand-held walk, a lighter struck, a car's rumble, a whip pan
along a quay, a near-white overexposed quay, a passer-by crossing the lens, the sun flickering
through shutters, headlights into the lens at night, rapid shots of 12 to 18 frames cutting back
and forth, intertitles, a tilt up, a tilted angle, a splice's white frame, a gun salvo's flash
and smoke, a crash zoom, a long superimposing dissolve, a slow zoom up a burning tower, a
chandelier swaying, smoke rolling over the lens, lights failing, a fireball and the camera's
shudder, a searchlight into the lens, water bursting, a bucking bull, the camera jolted, dust
over the lens, a photographer's flash, a barrel racer followed, sun glare, a dark barn, a crane
down, a fast pan, flashes from the stands, confetti over the lens, a spotlight sweeping,
fireworks lighting the sky, a feather passing the lens, colour strobes, a zoom back, a
submersible's lamps into the lens, a bioluminescent burst, the thrusters' vibration, a silt
cloud, a fish passing the lens, credits rolling over black, cuts between near-identical framings,
to closer framings, between dark and between near-white shots, dissolves of 12 to 40 frames (long
ones between moving, strobing and flickering shots), pixel dissolves, fades through black, white
and grays and fade outs and ins; clips 126-131 (HELD_OUT_U) are "held-out-u", a twenty-first one
written after held-out-t, again blind, from new recipes of film material of six more kinds (a 1950s
Japanese domestic drama, a 1960s Mexican lucha libre film, a 1990s teleshopping channel, the title
sequence of a 1960s spy film, a 1980s stock exchange documentary, a 1990s Hong Kong action film),
clips of about 20 s with short shots, from new drawn scenes and seeds (sources, effects and recipes
all in shots_sources_u.py), with 1.37, 2.39, 4:3, 2.35 and 1.66 bars, black and white with a faint
flicker and a low still camera, faded Eastmancolor, bright video colour under a price caption and a
bug, saturated Technicolor with credits fading in, warm 16 mm colour under tungsten light, a teal
and orange grade, cuts between a father's and a daughter's face-on shots in one framing, pillow
shots, a lamp switched on at dusk, a train passing close across the lens, steam over the lens,
flashbulbs, a leap off the top rope followed by a fast tilt, a body slam shaking the ring, a
wrestler falling past the lens, a neon sign blinking, a spinning star, a starburst popping up, a
SOLD OUT stamp, glints on a blender, push ins, a knife chopping, telephone lamps blinking, colour
washes changing hue, a zoom down a gun barrel, a muzzle flash, op-art circles strobing, a
silhouette passing the lens, a quote board's digits changing, a whip pan across a trading pit, a
hand-held jostle, a trader passing the lens, papers thrown over the lens, a screen's roll bar,
zooms back, candles guttering, doves in slow motion and one past the lens, muzzle flashes and
sparks, glass bursting over the lens, the camera shaken, credits rolling over black, cuts between
near-identical framings and jump cuts, to closer framings, between dark and between near-white
shots, dissolves of 10 to 40 frames (long ones between moving, strobing and flickering shots and
between two dark shots), pixel dissolves, fades through black, white and grays and fade outs and
ins; clips 132-137 (HELD_OUT_V) are "held-out-v", a twenty-second one written after held-out-u,
again blind, from new recipes of film material of six more kinds (a 1970s Italian giallo, a 1950s
civil defence film, a 1990s cycling race broadcast, a 1990s Iranian rural film, a 1980s hip-hop
street documentary, a 1990s flamenco film), clips of about 20 s with short shots, from new drawn
scenes and seeds (sources, effects and recipes all in shots_sources_v.py), with 2.35, 4:3, 1.85,
1.37 and 2:1 bars, saturated colour under red and blue gels, black and white with projector
flicker, bright 4:3 video under a race bug, warm earth colours with long still shots, contrasty
16 mm, theatrical colour, cuts between near-white gallery shots, a crash zoom into an eye, a
razor's glint, a telephone's bell shaking the shot, lightning through blinds, a neon sign blinking,
a figure in black passing the lens, a stalking hand-held walk, a pan along a house, a siren
turning, rings spreading over a plan, a bomb's flash to near white, a blast shaking the camera, a
splice's white frame, a slow zoom from a helicopter, a motorbike's vibration, a spectator running
past the lens, a flag waved over it, a whip pan, photographers' flashes, a cloud's shadow crossing
a hill, a car bumping, dust over the lens, the sun's glare, a dancer spinning, spray mist over the
lens, a camera's flash, a subway car sliding past, a bus passing the lens, a zoom in, a crane up, a
backdrop changing colour inside shots, a skirt sweeping past the lens, the stage lights dipping, a
follow spot into the lens, credits rolling over black, cuts between near-identical framings, to
closer framings, between dark and between near-white shots, dissolves of 10 to 40 frames (short
ones between shots of 1 to 2 s, long ones between moving and dark shots), pixel dissolves, fades
through black, white and grays and fade outs and ins; clips 138-143 (HELD_OUT_W) are
"held-out-w", a twenty-third one written after held-out-v, again blind, from new recipes of film
material of six more kinds (a 1990s television art documentary, a 2000s found-footage horror
film, a 2010s festival aftermovie cut from phone videos shot upright, a 2000s Nordic noir crime
series, a 1970s blaxploitation action film, a 2000s storm-chasing television special), clips of
about 20 s with short shots, from new drawn scenes and seeds (sources, effects and recipes all in
shots_sources_w.py), with 1.66, 4:3, 9:16 inside the frame, 2.39 and 1.85 bars and full frame,
warm colour over cracked canvases, a DV camcorder's colour under a REC sign, green night vision, a
phone's punchy colour, grey and teal, saturated 1970s colour with heavy grain, stormy colour under
a bug, a rostrum camera zooming in, out and panning over paintings, a visitor passing the lens, a
glint off a wine glass, a whip pan through a museum hall, a UV lamp switched on over a canvas and
off again, a lamp dipping, cuts between near-white shots of a cloth and a glass roof, a hand-held
and a running camera, a branch swiping the lens, a torch shone into the lens to near white, a tape
glitch, the camera's gain hunting, a crowd jumping, a hand passing the lens, a pinch zoom, strobes,
a pyro blast to near white, an LED wall changing colour, confetti over the lens, the stage going
dark, the sun's glare, mist drifting over a bridge, police lights pulsing, tubes flickering,
headlights into the lens, a slow push in, cuts between near-white snow shots, a gust of snow, a
car passing the lens, a cab passing the lens, a crash zoom on a face, a glint off sunglasses, a
band's backdrop changing colour, cigar smoke, a muzzle flash, a whip pan across rooftops, a fight
shaking the camera, the wind shaking the camera, lightning to near white, a transformer's flash, a
crash zoom into a funnel, debris, hail on the lens, a truck passing the lens, a cloud darkening the
shot, credits rolling over black, cuts between near-identical framings, to closer framings,
between dark and between near-white shots, dissolves of 8 to 40 frames (short ones between shots
of 1 to 2 s, long ones between moving and dark shots), pixel dissolves, fades through black, white
and grays and fade outs and ins; clips 144-149 (HELD_OUT_X) are "held-out-x", a twenty-fourth one
written after held-out-w, again blind, from new recipes of film material of six more kinds (a 2010s
Korean television drama, a 1970s television variety show, a 2000s wuxia film, a 1960s 16 mm
experimental film, a 1980s airline safety video, a 2010s drone video for an estate agent), clips of
about 20 s with short shots, from new drawn scenes and seeds (sources, effects and recipes all in
shots_sources_x.py), with 4:3, 2.35, 1.37 and 2:1 bars and full frame, soft pastel colour under a
channel's bug, a flashback in sepia, soft saturated video, saturated colour, black and white with
flicker, scratches and heavy grain, soft video colour under an airline's bug, punchy teal and
orange, subtitles coming and going, a slow push in, a dreamy glow on a face, a waiter and a bus
passing the lens, petals over the lens, headlights sweeping over a bridge, chasing bulbs round a
proscenium, a studio zoom, a sequin's starburst, a follow spot crossing the stage, a dolly across a
line of dancers kicking, a camera passing the lens, a name caption popping up, the house lights
raised, the stage's colour shifting, a pan over a near-white lake, a tilt up bamboo, a whip pan
after a leap, a sword's glint, a slash's streak, leaves swirling over the lens, a rotating spiral,
an eye blinking, windows going on and off, light leaks, a splice's jolt, a metronome swinging, a
dancer turning in negative, the sun's bars sweeping through a cabin, an arrow popping up, an oxygen
mask dropping, the plane banking, the cabin lights dimmed, turbulence, a passenger passing the
lens, a drone rising, gliding, yawing fast and descending, a gull passing the lens, a sun flare, a
cloud's shadow, the horizon wobbling, credits rolling, cuts between near-identical framings, to
closer framings, between dark and between near-white shots, dissolves of 10 to 40 frames, pixel
dissolves, fades through black, white and grays and fade outs and ins; clips 150-155 (HELD_OUT_Y)
are "held-out-y", a twenty-fifth one written after held-out-x, again blind, from new recipes of
film material of six more kinds (a 1920s German expressionist film, a 1990s figure skating
broadcast, a 2020s smartphone advertisement, a 1970s astronomy film for schools, a 2000s fantasy
epic, a 1950s Italian neorealist film), clips of about 20 s with short shots, from new drawn
scenes and seeds (sources, effects and recipes all in shots_sources_y.py), with 1.33, 4:3, 1.66,
2.39 and 1.37 bars and full frame, black and white tinted amber and green with flicker, gate
weave, scratches and a heavy vignette, bright video colour under a bug, clean punchy colour,
faded 16 mm colour with grain, a cold desaturated grade, grainy black and white, intertitles, a
sleepwalker's eyes opening, a huge shadow climbing a staircase, lightning through a window, an
iris closing on a figure and opening again, a carousel turning, a follow pan along the boards, a
spin, a name caption sliding in, photographers' flashes, a skater passing the lens, the arena
lights going down, a spotlight in the dark, a phone turning on a turntable, a light sweeping
across its glass, its screen lighting up, a swipe, a fast slide along a row of phones, a sun
flare, a night mode brightening a dark street, a caption popping up, a dome's slit opening, stars
turning, a meteor, a red lamp switched on, a pan over the moon, a solar flare to near white, an
orbit diagram, a zoom into Saturn, a helicopter sweep round a castle, torches flickering, a guard
passing the lens, a crane up over an army, arrows over the lens, a dragon's fire to near white,
embers over the lens, a dragon's shadow over the lens, a tram passing the lens, a cloud over the
sun, a pan along a market, a tracking shot of a cyclist, a door opening on light in the dark, a
match struck, a sheet blowing across the lens, credits rolling over black, cuts between
near-identical framings, to closer framings, between dark and between near-white shots,
dissolves of 10 to 40 frames, pixel dissolves, fades through black, white and grays and fade outs
and ins; clips 156-161 (HELD_OUT_Z) are "held-out-z", a twenty-sixth one written after held-out-y,
again blind, from new recipes of film material of six more kinds (a 1990s nature documentary
about seabirds, a 2000s reality television show, a 1950s Technicolor melodrama, a 1960s Swedish
chamber drama, a 1980s car commercial, a 1930s cartoon), clips of about 20 to 24 s with short
shots, from new drawn scenes and seeds (sources, effects and recipes all in shots_sources_z.py),
with 4:3, 1.85, 1.37 and 2.35 bars and full frame, soft video colour, hard video colour under a
bug, night vision, saturated warm Technicolor, grainy black and white, glossy blue and magenta,
contrasty black and white with flicker, gate weave and grain, lights changing inside a shot and
staying changed (the sun breaking through onto a cliff, a camera's iris stopping down, a lounge's
lights dimmed for the night, a cloud coming over a garden, a table lamp switched on at dusk, an
oil lamp turned down, curtains drawn open on the morning, a car's headlights switched on in a
dark garage, a neon sign flickering on, a candle lit in a dark room), a species caption, a gull,
a housemate, leaves, a figure and a ghost passing the lens, a camera tilting down after a diving
gannet, a slow zoom, a push in, whip pans from rest to rest, a name caption, subtitles coming and
going, a car's headlights sweeping over a house, a sun glint off chrome, lightning, a crash zoom,
a jolt shaking the camera, a clock's pendulum, credits rolling over black, cuts between
near-identical framings, to closer framings, between dark and between near-white shots,
dissolves of 10 to 32 frames (two between the same place at two times of day), pixel dissolves,
fades through black, white and grays and fade outs and ins; clips 162-167 (HELD_OUT_AA) are
"held-out-aa", a twenty-seventh one written after held-out-z, again blind, from new recipes of
film material of six more kinds (a 2000s television broadcast of a Christmas midnight service, a
1940s British home-front drama, a 2010s woodworking video, a 1990s gardening programme, a 1970s
prison drama, a 1980s hacker thriller), clips of about 21 to 24 s with short shots, from new drawn
scenes and seeds (sources, effects and recipes all in shots_sources_aa.py), with full frame, 1.37,
4:3, 1.85 and 2.35 bars, soft video colour under a bug, black and white with flicker, gate weave
and grain, clean punchy colour, soft 4:3 video, yellow-green 1970s colour with heavy grain, cold
blue and green, and a deliberate emphasis on light changing inside a shot and staying changed:
whole-picture changes made in several ways (a nave's lights dimmed, multiplied down and
desaturated, a camera's iris opened, a bare bulb switched on as a curves lift at once, dawn
growing as a gamma change, a workshop's strip lights switched on bank by bank, a phone camera
re-metering in contrast and gamma, a cloud over a window, the sun coming out over a pond as an
S-curve with saturation, a sunset deepening as a warmer, darker grade, a cell block's lights going
out bank by bank, a power cut to red emergency light as a channel mix at once) and local ones
(candles lit along the pews, a spotlight coming up on a soloist, a candle lit in the dark, a
terrace's windows going dark one by one, a blackout blind pulled down, a hurricane lamp lit and
turned up, a fire flaring up over the rooftops, greenhouse blinds pulled down, a shed's door
opened on the daylight, venetian blinds opened, a cell door opened on a lit corridor, a monitor
switched on, a desk lamp switched on), besides snow falling, captions fading and sliding in,
subtitles, a step caption, a typed caption, a photographer's flash, bombs flashing, a muzzle
flash, lightning, a warden's torch into the lens, a guard's torch sweeping a cell, searchlights,
a car's headlights sweeping past a phone booth, a verger, a hand, sawdust, a wheelbarrow and a
bee passing the lens, dust falling, a slow tilt up organ pipes, a push in, a dolly in, slow pans,
whip pans along a bench and along the tiers, a crash zoom on a screen, a thud shaking the camera,
scrolling text, credits rolling over black, a jump cut in one framing, cuts between
near-identical framings, to closer framings, between dark and between near-white shots,
dissolves of 10 to 36 frames (three between the same place at two times of day), pixel
dissolves, fades through black, white and grays and fade outs and ins; clips 168-173
(HELD_OUT_AB) are "held-out-ab", a twenty-eighth one written after held-out-aa, again blind, from
new recipes of film material of six more kinds (a 1960s Italian art film, a 2020s streaming
documentary, a 1930s black-and-white musical, a 1980s music video, a 1990s sitcom, a 2000s nature
film), clips of about 17 to 20 s with 8 to 10 shots, from new drawn scenes and seeds (sources,
effects and recipes all in shots_sources_ab.py), with 1.66, 2:1, 1.37 and 4:3 bars and full
frame, black and white with grain and flicker, a teal and orange grade, black and white with
flicker, gate weave and grain, hot saturated video with chroma shift, soft video colour, cold
crisp colour, and a deliberate emphasis on text on the screen inside shots that go on: a title
fading in and out over a pan, burned-in subtitles appearing, changing line and going over still
shots and over a pan, place and date captions at the top over a drone shot, a rolling boat and a
pan, a lower-third name caption sliding in, credits changing over a swaying curtain, a title
over a moving grid, a song caption popping in and going over a pan, a title popping in over a
pan, a credit over a scene, a species caption over a fast tracking shot, credit cards over black
cut together; besides jump cuts in one framing, cuts between near-identical framings, to closer
framings and between near-white shots, a lamp switched off, a stage's half dimmed, a kitchen's
light switched on, dusk falling, a flashbulb, strobes, a sun glint, a gust of snow to near white,
a scooter, a gull, a car, an actor and a raven passing the lens, a drone's push in, pans, a
hand-held camera, a rolling boat, a whip pan, a shaken camera, a helicopter's vibration,
dissolves of 12 to 32 frames (one between the same place at two times of day), pixel dissolves,
fades through black, white and grays and fade outs and ins; clips 174-179 (HELD_OUT_AC) are
"held-out-ac", a twenty-ninth one written after held-out-ab, again blind, from new recipes of film
material of six more kinds (a 1920s silent aviation film, a 2010s action blockbuster, a 1980
black-and-white boxing drama, a 1990s rave documentary on Hi8, a 1960s Winter Olympics bobsleigh
film, a 1950s Technicolor jungle adventure), clips of about 17 to 20 s with 8 to 10 shots, from new
drawn scenes and seeds (sources, effects and recipes all in shots_sources_ac.py), with 1.33, 2.39,
1.85, 4:3, 2.35 and 1.37 bars, black and white tinted amber and blue with scratches, dust,
flicker and frame jitter, a teal and orange grade, contrasty black and white with heavy grain,
saturated Hi8 video with chroma shift, faded colour, saturated Technicolor, and a deliberate
emphasis on fast editing and motion: shots of 8 to 14 frames cut together, cuts during fast
camera moves and inside motion (a whirling camera's spin, a hand-held swing, a sled followed at
speed, a fast pan carried over a cut between two green shots, a whip pan already moving on a
shot's first frame), cuts between shots of similar colour, between near-identical dark faces and
between near-white shots, splices' flashes with the frame slipping in the gate inside shots,
searchlights and beams sweeping over a scene over several frames and swept into the lens, smoke
and dust drifting; besides intertitles cut into, a pan along an airfield, a drone's push in,
machine-gun and muzzle flashes, a rifle's flash and smoke, an explosion with its fireball and
smoke, flashbulbs, strobes, a smoke blast to light grey, snow spray over the lens to near white,
a wing, debris, a glove, a dancer, a flag and a parrot passing the lens, a blast and a charge
shaking the camera, an onboard camera's vibration, a rocking boat, firelight flickering,
dissolves of 10 to 30 frames, a pixel dissolve, fades through black and white and fade outs and
ins; clips 180-185 (HELD_OUT_AD) are "held-out-ad", a thirtieth one written after held-out-ac,
again blind, from new recipes of film material of six more kinds (a 1940s black-and-white Gothic
romance, a 2010s American independent drama, a 1970s Soviet art film, a 1980s television
documentary about a trawler's night haul, a late-1950s teen film at a drive-in, a 1980s family
adventure film), clips of about 19 to 23 s with 10 shots, from new drawn scenes and seeds
(sources, effects and recipes all in shots_sources_ad.py), with 1.37, 1.66, 4:3, 2.35 and 1.85
bars and full frame, soft black and white with grain, muted low-light digital colour, sepia
monochrome alternating with faded colour, soft 4:3 video with chroma bleed, saturated
Technicolor, warm colour against blue night, and a deliberate emphasis on night and low light,
light changing over several frames inside a shot, rain, fog and slow dissolves: lightning with a
bolt, a far door opened on a lit room and its light spilling down a dark corridor, a fridge opened
in a dark kitchen, a car's headlights sweeping over a ceiling through blinds, a lamp switched on,
a candle carried across a dark room, a trawler's deck lights switched on bank by bank, a car's
headlights and torch beams swept into the lens, a drive-in screen's flicker on faces, a neon sign
and a porch light flickering on, fireworks lighting a lot and a sky, a light from the sky flooding
a clearing to near white, rain on a manor, a street, a deck and falling inside a room, fog
drifting over a fen, a marsh, a harbour and the sea at dawn; besides a shot-reverse-shot dialogue
between two dim faces of similar colour, cuts between dark shots and between a mother's and her
son's faces before the same warm kitchen, candlelight and firelight flickering, a radar sweeping,
a caption fading in, a car and a crew member passing the lens, a wave over the bow, a heaving
camera, a hand-held camera, slow pans and push ins, credits rolling over black, dissolves of 20 to
60 frames (one through grays), fades through black and white and fade outs and ins; clips 186-191
(HELD_OUT_AE) are "held-out-ae", a thirty-first one written after held-out-ad, again blind, from
new recipes of film material of six more kinds (a 1990s Danish Dogme 95 family celebration, a
1990s Chinese Fifth Generation period drama, a 2020s esports tournament broadcast, a 1920s German
mountain film, a 1950s Bengali village film, a 2000s Brazilian favela crime film), clips of about
20 to 22 s with 10 shots, from new drawn scenes and seeds (sources, effects and recipes all in
shots_sources_ae.py), with 1.66, 1.85, 1.33, 1.37 and 2.39 bars and full frame, hand-held video
in available light, saturated reds and yellows, bright broadcast colour under a score bug, black
and white tinted blue, amber and rose with flicker, gate weave, scratches and a vignette, soft
grainy black and white, a hot yellow grade with a faded flashback, and no single emphasis but a
mix of the earlier difficulties: a guest, a waiter, a sheet of cloth, a dragonfly, a kid and a
kite passing the lens, a guest's camera flash, a camera's iris hunting and stopping down on a pan
to a window, a strip light flickering, a torch swept into the lens, lanterns lit and covered one
by one, snow falling, a gust of wind through a field, pyro, a game's view dragged across its map,
spell flashes, a name caption sliding in, beams sweeping a crowd, confetti, photographers'
flashes, clouds' shadows crossing peaks, an oil lamp turned up and another lit, a blizzard over a
face, an avalanche's powder cloud over the lens, the dawn lighting a peak, rain beginning on a
pond, smoke over the lens, lightning, muzzle flashes, a camera's flash and police lights; besides
a walk, pans, a running and a shaken camera, cuts between two faces and to closer framings,
between dark shots and to and from title cards and an intertitle, a slow-motion replay between
two fades through white, a credit fading in, dissolves of 10 to 48 frames (one through grays),
fades through black and white and fade outs and ins; clips 192-197 (HELD_OUT_AF) are
"held-out-af", a thirty-second one written after held-out-ae, again blind, from new recipes of
film material of six more kinds (a 1930s Hollywood gangster film, a 1970s Japanese tokusatsu hero
series, a 1960s Brazilian Cinema Novo film, a 1960s Egyptian musical melodrama, a 2010s Nollywood
home-video drama, a 1970s Australian New Wave period film), clips of about 20 to 22 s with 10 or 11
shots, from new drawn scenes and seeds (sources, effects and recipes all in shots_sources_af.py),
with 1.37, 4:3, 1.66, 2.35 and 1.85 bars and full frame, black and white with flicker, gate weave
and grain, saturated 16 mm television colour, harsh black and white with blown highlights and
heavy grain, faded Eastmancolor, bright sharpened video under a distributor's logo with a sepia
flashback, soft hazy warm colour, and again no single emphasis but a mix of the earlier
difficulties: rain, a car's headlights coming closer, a newspaper spinning in, a waiter, an okada,
a dancer and a cockatoo passing the lens, a match struck, a tommy gun's flashes, a neon sign
blinking over a dark room, fog, a bomb in a miniature city, a burst of rays, an explosion behind a
hero, a blast with its smoke rolling over the lens, a red alert, a dust storm over the lens to
near white, a figure crossing a bright doorway, a stage backdrop changing colour, a curtain
blowing over the lens, steam over the lens, lightning, the power failing and coming back, red
flashes by firelight, headlights glaring into the lens, heat haze, a sun flare and a tilt up into
the sun's glare; besides pans, push ins, a slow and a snap zoom, crash zooms, hand-held, running
and shaken cameras, whip pans, cuts between two faces before one background and to closer
framings, between dark and between near-white shots, a title, subtitles, captions and an epilogue
appearing, dissolves of 12 to 48 frames (one through grays), fades through black and white and
fade outs and ins; clips 198-203 (HELD_OUT_AG) are "held-out-ag", a thirty-third one written after
held-out-af, again blind, from new recipes of film material of six more kinds (a 1900s programme of
actuality films, a 1960s British kitchen-sink drama, a 2000s Mexican telenovela, a 1990s
Vietnamese period film, a 2000s Romanian New Wave drama, a 1970s Czechoslovak fairy-tale film),
clips of about 20 to 22 s with 10 or 11 shots, from new drawn scenes and seeds (sources, effects
and recipes all in shots_sources_ag.py), with 1.33, 1.66, 1.85 and 2.39 bars and full frame, sepia
with hand-cranked exposure, flicker, gate weave, scratches, dust and a vignette, black and white
with grain, bright sharpened video under a channel's logo, lush soft colour, cold desaturated
colour, warm faded colour, and again no single emphasis but a mix of the earlier difficulties: a
train growing towards the lens, workers pouring out of a gate, a wave's spray, a passer-by, a
worker, a hand, a guest, a cyclo, a moth, a dragonfly, a dog and a dancer passing the lens, a
rocking boat, a forge flaring up, a bridge passing over a phantom ride, a hose sprayed into the
lens, cigarette smoke, a door opened on the daylight, a bulb switched off, a timer light going out
and coming back, a strip light flickering, a lamp carried through a dark room, firelight, dappled
sun and leaves' shadows moving, rain beginning, lightning, photographers' flashes, fireworks, a
sun glint, a burst of magic light, headlights into the lens, street lights sweeping a bus, a
lantern passing an owl, snow falling and a flurry to near white, a fade to sepia; besides pans, a
tilt, slow zooms and push ins, a crash zoom, three zoom punches, a jolt, hand-held cameras, cuts
between two faces before one background and to closer framings, to and from cards, between dark
and between near-white shots, titles, captions, subtitles and credits appearing, dissolves of 12
to 40 frames, a pixel dissolve, fades through black and white and fade outs and ins; clips 204-209
(HELD_OUT_AH) are "held-out-ah", a thirty-fourth one written after held-out-ag, again blind, from
new recipes of film material of six more kinds (a 1930s French poetic realist film, a 1960s
Japanese yakuza film, a 1970s Senegalese film, a 1980s Taiwanese New Cinema film, a 2010s Greek
Weird Wave film, a 1970s Turkish Yesilcam melodrama), clips of about 20 to 21 s with 10 or 11
shots, from new drawn scenes and seeds (sources, effects and recipes all in shots_sources_ah.py),
with 1.37, 2.35, 1.66, 1.85 and 1.33 bars and full frame, soft black and white with grain and
flicker, saturated contrasty colour, warm saturated colour, muted greenish colour, cold pale
colour, faded colour with a magenta cast and scratches and a sepia flashback, and again no single
emphasis but a mix of the earlier difficulties: fog over a harbour and fog thinning at dawn, rain,
snow falling, a man in a dark coat, a body falling, a woman in a boubou, a horse cart, running
children and a dancer passing the lens, a train passing close to the lens, a minibus's rattle, a
lamp switched on, a lighthouse's beam sweeping a dark room, a match struck, a train's steam over
the lens, a swinging lamp, a sword's glint, a blinking neon sign, a ceiling fan's shadows, a
camera's flash, a cloud's shadow crossing, firelight, a fluorescent tube flickering on, lightning,
the power failing to near black, a scooter's and a car's headlights into the lens to near white, a
sun glint and glints on the sea, street lights sweeping a car, a torch swept into the lens, a
hallway lamp going off and coming back, a strip light flickering; besides pans, a crash zoom, a
whip pan, a slow zoom and a snap zoom, cuts between two faces before one background and to closer
and nearer framings, to and from cards, between dark and between near-white shots, titles,
captions, subtitles and credits appearing, dissolves of 20 to 32 frames, a pixel dissolve, a
dissolve through grays, fades through black and white and fade outs and ins; clips 210-215
(HELD_OUT_AI) are "held-out-ai", a thirty-fifth one written after held-out-ah, again blind, from
new recipes of film material of six more kinds (a 1950s Argentine tango melodrama, a 1990s Finnish
deadpan comedy, a 2000s Thai ghost film, a 1970s New German Cinema film, a 2010s Mongolian film, a
1960s Yugoslav Black Wave film), clips of about 20 to 21 s with 10 or 11 shots, from new drawn
scenes and seeds (sources, effects and recipes all in shots_sources_ai.py), with 1.37, 1.85, 2.39,
1.66 and 1.33 bars and full frame, silvery black and white with grain and flicker, flat saturated
colour, desaturated green-cyan digital colour, muted brown and olive colour with grain, cold
bright colour, faded yellowed colour with scratches, and again no single emphasis but a mix of
the earlier difficulties: rain, a monsoon downpour and rain in a tram street, snow falling, a
ground blizzard, morning haze, a dancing couple, gulls, a pale figure, an umbrella, a drinker, an
eagle and a red flag passing the lens, a lit bus sweeping past close to the lens, a bandoneon's
bellows, a laundrette's turning drums, galloping horses, laundry and sunflowers in the wind,
lightning, a pantograph's spark, a camera's flash, a bedside lamp and a darkroom's white light
switched on, a stage light changing from red to blue, a flickering television, candles and a
stove's fire flickering, a cloud dimming a forest's sun shafts, the sun coming up through haze, a
jukebox's cycling lights, a ger's lamp going out, a cellar's swinging bulb switched on, glints on
a lake and on a river; besides pans, a slow push in and a creep in, a snap zoom, a slow zoom out,
whip pans, hand-held cameras, cuts between two faces before one background and to closer and
nearer framings, to and from cards, between dark and between near-white shots, titles, captions,
subtitles and credits appearing, dissolves of 20 to 36 frames, a pixel dissolve, a dissolve
through grays, fades through black and white and fade outs and ins; clips 216-221 (HELD_OUT_AJ)
are "held-out-aj", a thirty-sixth one written after held-out-ai, again blind, from new recipes of
film material of six more kinds (a 1950s Polish Film School war drama, a 2000s Korean revenge
thriller, a 1970s Spanish rural drama, a 2000s Filipino digital independent film, a 1970s
Hungarian film of the plains, a 1940s Mexican Golden Age melodrama), clips of about 20 s with 10
or 11 shots, from new drawn scenes and seeds (sources, effects and recipes all in
shots_sources_aj.py), with 1.37, 2.39, 1.66, 2.35 and 1.33 bars and full frame, hard black and
white with grain and flicker, contrasty green-teal digital colour, warm honey-amber colour, noisy
saturated video, bright saturated colour, black and white with dark filtered skies, a vignette
and scratches, and again no single emphasis but a mix of the earlier difficulties: smoke drifting
over ruins, rain under neon signs, a flooded street in heavy rain, a storm over rooftops and over
a village at night, snow falling on a rooftop, fog over a meadow and mist on a lake, great clouds
drifting, a man in a dark suit, a crow, a bee, a tricycle and a horseman passing the lens, a
train rushing past close to the lens, a jeepney, wading people, a procession with candles,
laundry, reeds and a swinging lamp moving, a torch sweeping a sewer, a candle, votive candles and
a campfire flickering, glasses of spirit set alight one after another, a flare going up over
ruins at night, a rifle's and a pistol's muzzle flashes, two pistol shots, a rifle volley, a
camera's flash, lightning, a cell's ceiling bulb switched on, a family's strip light going out in
a power cut, a cloud's shadow crossing a well and a barn, a cloud dimming a church front, a moon
going behind a cloud, a lantern passing outside a dark bedroom, a flickering film in a
projector's beam, the sun coming up behind a well sweep, glints on a bay at sunset; besides pans,
a whip pan, a slow zoom out and a slow push in, hand-held cameras, cuts between two faces before
one background and to closer and nearer framings, to and from cards, between dark and between
near-white shots, titles, captions, subtitles and credits appearing, dissolves of 24 to 36
frames, a pixel dissolve, fades through black and white and fade outs and ins; clips 222-227
(HELD_OUT_AK) are "held-out-ak", a thirty-seventh one written after held-out-aj, again blind, from
new recipes of film material of six more kinds (a 1930s Shanghai left-wing melodrama, a late-1960s
Armenian poetic tableau film, a 2000s Inuit digital-video film, a 1980s Cuban comedy, a 2010s
Icelandic sheep-farming drama, a 1970s Peruvian Andean film), clips of about 20 s with 11 shots,
from new drawn scenes and seeds (sources, effects and recipes all in shots_sources_ak.py), with
1.37, 1.33, 1.66, 2.39 and 1.85 bars and full frame, soft black and white with flicker, scratches
and grain, saturated colour, cold clean video, warm faded colour, cold grey-blue colour, faded
Eastmancolor with grain, and again no single emphasis but a mix of the earlier difficulties: rain
on a street at night, a blizzard on the sea ice and one on a farm, a tropical downpour and a storm
over hills at night, waves breaking over a seawall, a rickshaw, a white horse, a dog team, an old
American car, a sheep and a llama passing the lens, a steamer on a river, a condor gliding, a llama
caravan, dancing couples, milling sheep, pages of books in the wind, juice spreading over a cloth,
the aurora moving, a press camera's and a tourist's camera flashes, a rifle's muzzle flash,
lightning twice, rockets bursting over a castle of fireworks, a window lamp and a sheep house's
bulb switched on, a church door opened on a dark church, a city's lights coming back after a power
cut, a car's headlights sweeping a farm at night, a miner's lamp coming closer, a candle lit in a
dark hut, the shadows of clouds crossing a valley and a white flat; besides pans, a slow tilt, a
whip pan and a slow push in, hand-held cameras, cuts between two faces before one background and to
closer and nearer framings, to and from cards, between dark and between near-white shots, titles,
captions, subtitles and credits appearing, dissolves of 20 to 36 frames, fades through black and
white and fade outs and ins; clips 228-233 (HELD_OUT_AL) are "held-out-al", a thirty-eighth one
written after held-out-ak, again blind, from new recipes of film material of six more kinds (a
1960s Quebec direct-cinema documentary, a 2000s Kazakh steppe film, a 2010s Lebanese urban drama,
a 1930s Indian mythological film, a 1990s Irish fishing-village drama, a 2000s Portuguese Lisbon
film), clips of about 20 s with 10 or 11 shots, from new drawn scenes and seeds (sources, effects
and recipes all in shots_sources_al.py), with 1.33, 2.35, 2.39, 1.37, 1.85 and 1.66 bars, 16 mm
black and white with grain and flicker, warm dusty colour, contrasty teal and orange digital
colour, soft black and white with flicker, scratches and grain, soft green-grey colour, pale warm
colour, and again no single emphasis but a mix of the earlier difficulties: steam filling a sugar
shack, a ground blizzard, a dust storm, a storm over a forest, waves bursting into spray, grass in
the wind, a man, a scooter, a chariot wheel, a gull, a yellow tram and a sheet of laundry passing
the lens, a horse drawing a sled, a herd of horses, a galloping horseman, an eagle, dancers in a
kitchen and in a palace, a runner, laundry in the wind, a lantern carried through a wood at
night, candles and oil lamps flickering, a sage's smoke, a goddess's turning halo, a press
camera's flashbulb, lightning, a living room's lights failing in a power cut and coming back on a
generator, a fado house's lights dimmed to its candles, street lamps coming on at dusk, the moon
coming out from a cloud; besides pans, a fast pan, a slow tilt, a whip pan, a boat's roll and a
slow push in, hand-held cameras, a camera carried through a dark pub and out of its door in one
shot, a cut on the action of a galloping horseman, a match cut from a harbour by day to the same
harbour at night, a cut between a block of balconies and a hazy sea of about the same brightness,
cuts between two faces before one background and to closer and nearer framings, to and from
cards, between dark and between near-white shots, titles, captions, subtitles and credits
appearing, dissolves of 24 to 40 frames, fades through black and white and fade outs and ins;
clips 234-239 (HELD_OUT_AM) are "held-out-am", a thirty-ninth one written after held-out-al, again
blind, from new recipes of film material of six more kinds (a 1910s Norwegian silent film, a
1980s Burkinabe village film, a 1990s New Zealand colonial drama, a 1950s Dutch documentary of
the polders, a 1970s Georgian film, a 2010s Colombian Amazon film), clips of about 20 s with 10
or 11 shots, from new drawn scenes and seeds (sources, effects and recipes all in
shots_sources_am.py), with 1.33, 1.66, 2.35, 1.37, 1.85 and 2.39 bars, sepia with flicker, gate
weave, scratches, dust and a vignette, warm ochre colour, deep blue-green colour, saturated
Kodachrome-like colour with grain, faded painterly Sovcolor, crisp high-contrast digital black
and white, and again no single emphasis but a mix of the earlier difficulties: rain in the bush,
on a dike and beginning on a river at dusk, storms at night over a fjord and a bay, waves bursting
over a dike, the harmattan's dust haze, fog on a mountain road, mist drifting through a canopy and
over a beach at dawn, a chimney's smoke, a still's steam, flash powder's smoke, a goat, a barge, a
basket, a truck and a paddle passing the lens, a windmill's sails sweeping across the picture,
rowing boats, churchgoers, women pounding millet, a well's bucket, market stalls, cheese carriers
running, skaters, a man treading grapes, a lantern carried through the bush at night, fires and
candles flickering, flash powder fired at a wedding feast and in a camp, a press photographer's
flash, lightning three times, a hurricane lamp lit, an oil lamp turned up, a feast's bulb failing
to candlelight; besides pans, a slow tilt, a whip pan and a slow push in, hand-held cameras, a cut
on the action of a man treading grapes to a closer framing of him, a match cut from a flooded
polder to the same polder drained, a cut between two ochre shots of about the same brightness,
cuts between two faces before one background and to closer and nearer framings, to and from
cards, between dark shots, titles, an intertitle, captions, subtitles and credits appearing,
dissolves of 28 to 36 frames, fades through black and white and fade outs and ins; clips 240-245
(HELD_OUT_AN) are "held-out-an", a fortieth one written after held-out-am, again blind, from new
recipes of film material of six more kinds (a 1920s Swedish silent film, a 1930 early sound
Yiddish film, a 1970s Algerian desert film, a 2000s Ethiopian film, a 2010s Chilean astronomy
documentary, a 1950s Greek island film), clips of about 18 to 22 s with 11 or 12 shots, from new
drawn scenes and seeds (sources, effects and recipes all in shots_sources_an.py), with 1.33,
1.19, 2.20, 2.00 and 1.66 bars and none, greys tinted amber by day and blue by night with
flicker, gate weave, scratches, dust and a vignette, soft orthochromatic black and white with
flicker and heavy grain, bleached warm colour, warm digital colour, cool crisp digital colour,
contrasty black and white with grain, and again no single emphasis but a mix of the earlier
difficulties: a sailing boat rolling, waves, gulls, women on a jetty, a cart, a woman in black,
a procession's umbrellas and steam passing the lens, a market, a camel caravan in heat shimmer,
a sandstorm thickening to near uniform ochre, incense smoke, a geyser's steam billowing over the
lens, glittering water, a vine's dappled shade, dancers, a swinging bell, an oil lamp turned up,
Sabbath candles lit one after the other, a lantern lit, a dome's slit opening, a laser switched
on, a lighthouse's beam sweeping into the lens, a minibus's headlights coming at the lens, a
car's headlights sweeping the ground, a mirror's glint, a press camera's flash, a bonfire
flaring up as it collapses; besides pans, a whip pan, a boat's roll and a hand-held camera, a
tint changing from amber to blue at a cut, cuts between two faces before one background and to
closer and nearer framings, to and from cards, between dark and between near-white shots,
titles, an intertitle, subtitles and credits appearing, dissolves of 22 to 40 frames, fades
through black and white and fade outs and ins; clips 246-251 (HELD_OUT_AO) are "held-out-ao", a
forty-first one written after held-out-an, again blind, from new recipes of film material of six
more kinds (a 1940s Indian studio musical, a 1960s Japanese samurai film, a 1980s Soviet space
film, a 1990s Iranian village film, a 2000s Korean night thriller, a 1920s German expressionist
film), clips of about 20 to 22 s with 10 or 11 shots, from new drawn scenes and seeds (sources,
effects and recipes all in shots_sources_ao.py), with 1.37, 2.35, 1.85, 2.39 and 1.33 bars and
none, soft black and white with flicker and grain, contrasty black and white with grain, faded
warm colour, warm natural colour, cold teal digital colour, greys tinted sepia by day and green
by night with flicker, gate weave, dust and a vignette, and again no single emphasis but a mix
of the earlier difficulties: dancers swaying, musicians, a woman on a swing, fireworks in a
balcony's arch, dust blowing down a street, rain in a bamboo grove, in an alley and on a roof,
lightning, a paper lantern and a candle put out, a lantern lit, pampas grass and wheat in the
wind, chaff blowing, snow falling, a rocket's engines flaring and billowing smoke, the sun rising
over the earth's limb, a console's blinking lamps, a notebook floating past the lens, sheep
passing the lens, a neon sign failing twice, a flickering tube, street lights sliding over a car,
headlights on a bridge, a police car's lights beginning to sweep, a huge shadow climbing a
staircase, a chimney's smoke drifting over the lens; besides pans and a whip pan, a tint changing
from sepia to green at a cut, cuts between two faces before one background and to closer and
nearer framings, a cut from a field to a closer framing of two swordsmen in it, cuts between two
ochre shots and between two dark shots, to and from cards, titles, an intertitle, subtitles and
credits appearing, dissolves of 22 to 40 frames, a dissolve through grey, fades through black and
white and fade outs and ins; clips 252-257 (HELD_OUT_AP) are "held-out-ap", a forty-second one
written after held-out-ao, again blind, from new recipes of film material of six more kinds (a 1930s
Hollywood screwball comedy, a 1910s Italian diva film, a 1960s British gothic horror film, a 1970s
Yugoslav partisan war film, a 2010s Turkish Anatolian film, a 2010s South African township drama),
clips of about 20 to 22 s with 10 or 11 shots, from new drawn scenes and seeds (sources, effects and
recipes all in shots_sources_ap.py), with 1.37, 1.33, 1.66, 2.20 and 2.39 bars and none, silvery
black and white with flicker and grain, greys tinted amber by day, blue by night and rose at dawn
with flicker, gate weave, dust, a scratch and a vignette, saturated Eastmancolor, faded colour with
heavy grain, cold desaturated digital colour, warm saturated digital colour, and again no single
emphasis but a mix of the earlier difficulties: couples dancing, a woman raising her arm, a coach
driving through a forest, a column of partisans crossing a bridge, children chasing a ball, dancers
in a shebeen, washing in the wind, a photographer's flashbulb, a phone's flash, lightning three
times, three muzzle flashes, a bridge blown up with its flash, fireball and smoke, a car's
headlights coming closer, three cars' headlights winding over hills, an oncoming car's headlights
glaring, a lamp switched off, a bulb flickering and going out in a power cut, a flickering bulb,
firelight and candles flickering, a police van's lights beginning to flash, the sun rising over a
crag, a sunset darkening, rain on a road, a window and a village street, fog in a forest, snow
falling in a forest, on a snow field and on the steppe, grass in the wind, blowing dust, a train's
steam, a sheer curtain, a bat, a cape, a soldier, a tractor and a minibus taxi passing the lens;
besides pans, two fast pans and a whip pan, tints changing under a dissolve, a fade through black
and a fade out and in, cuts between two faces before one background and to closer and nearer
framings (two from a face to a closer framing of the same face), cuts between dark shots, between
near-white shots and between a hazy morning and a pale mine dump of about the same lightness, a cut
from a bridge in smoke to a ravine of about the same colour, to and from cards, titles, an
intertitle, subtitles and a credit appearing, dissolves of 24 to 36 frames, a dissolve through grey,
fades through black and white and fade outs and ins; clips 258-263 (HELD_OUT_AQ) are "held-out-aq",
a forty-third one written after held-out-ap, again blind, from new recipes of film material of six
more kinds (a 1960s Czechoslovak New Wave comedy, a 1920s French impressionist film, a 1970s
Filipino Manila melodrama, a 1980s Indonesian horror film, a 2010s Russian film of the Barents Sea
coast, a 2000s Argentine New Cinema film), clips of about 20 to 22 s with 11 shots, from new drawn
scenes and seeds (sources, effects and recipes all in shots_sources_aq.py), with 1.66, 1.33, 1.85,
2.35 and 2.00 bars and none, grainy black and white, greys tinted straw by day, violet by night and
sea green at dawn with flicker, gate weave, dust and a vignette, faded warm colour with heavy grain,
saturated colour, cold desaturated digital colour, muted humid colour, and again no single emphasis
but a mix of the earlier difficulties: couples dancing and a brass band, boats rocking, gulls, a
carousel whirling, workers on a building site, a ghost gliding, villagers with torches, a farmer in
rice terraces, breakers, a ceiling fan turning, a bird circling, a hall's lights failing and coming
back, a night porter's torch, a swinging lamp, a failing neon sign, a bulb switched on, an oil lamp
flickering and blown out, a flickering television, candles flickering, lightning three times, a
camera's flash, three rifle shots, a storm's lights failing, rain in a street, on stilt houses, on a
house and beyond a veranda, snow falling on a square, mist over the sea, a cemetery and rice
terraces, dusty haze, fog and a wave's spray rolling over the lens, a tram, a drunkard, a jeepney,
pigeons and an excavator passing the lens; besides pans, a fast pan and a whip pan, tints changing
at two cuts and under a fade through black, cuts between two faces before one background and to
closer and nearer framings (three from a face to a closer framing of the same face), cuts between
dark shots, between near-white shots and between a church square and a market of about the same
colour, to and from cards, titles, an intertitle and subtitles appearing, dissolves of 22 to 40
frames, a dissolve through grey, fades through black and white and fade outs and ins; clips 264-269
(HELD_OUT_AR) are "held-out-ar", a forty-fourth one written after held-out-aq, again blind, from new
recipes of film material of six more kinds (a 1950s Soviet Thaw war romance, a 1980s Scottish
coastal comedy, a 2000s Chinese digital independent film of a river town before a dam, a 1970s
Jamaican reggae film, a 1930s Japanese silent shomingeki film, a 1970s Hindi dacoit western), clips
of about 20 to 22 s with 11 shots, from new drawn scenes and seeds (sources, effects and recipes all
in shots_sources_ar.py), with 1.37, 1.85, 2.39, 1.66, 1.33 and 2.20 bars, silvery black and white
with grain, soft cool colour, cold green-grey digital colour, hot saturated colour with heavy grain,
black and white with flicker, gate weave, dust, a scratch and a vignette, hot saturated colour, and
again no single emphasis but a mix of the earlier difficulties: a couple walking, cranes flying,
boats rocking, couples whirling at a ceilidh, a ferry crossing, a worker swinging a hammer, dancers
at a sound system, a father and son tossing a hat, washing in the wind, umbrellas in the rain,
horsemen galloping, women at a well, a country bus and a train passing close across the lens, steam,
dust, coloured powder and smoke blown over the lens, searchlights sweeping and bombs flashing in a
window, a pub door opened onto the sunlight, a boat's deck lamp and a studio's red lamp switched on,
a strip light failing, a sign blinking, coloured bulbs cycling, a lantern guttering and a watchman's
lantern passing outside a paper screen, oil lamps and a campfire flickering, three muzzle flashes
twice, lightning, rain at a station, on a headland, on a river at night, on a shack and in an alley,
snow falling in a birch wood, the haar rolling in over a beach to near white, fog on a river,
morning haze and mist; besides pans, a fast pan, a whip pan and a running camera, cuts between two
faces before one background and to closer and nearer framings, cuts between dark shots (a flat in an
air raid and a staircase, a noodle stall and a river at night, a temple and a camp at night),
between near-white shots (a hazy river and a pale sky behind a half-demolished block), between two
framings of a snowy wood and of a harbour at night, to and from cards, titles, an intertitle and
subtitles appearing, dissolves of 22 to 40 frames, a dissolve through grey, fades through black and
white and fade outs and ins; clips 270-275 (HELD_OUT_AS) are "held-out-as", a forty-fifth one written
after held-out-ar, again blind, from new recipes of film material of six more kinds (a 1930s
Viennese operetta film, a 1970s Welsh mining-valley drama, a 1960s Israeli kibbutz film, a 1980s
documentary about a glassworks, a 1960s Malay kampong comedy, a 2000s Bolivian film of the salt
flats), clips of about 21 to 24 s with 11 or 12 shots, from new drawn scenes and seeds (sources,
effects and recipes all in shots_sources_as.py), with 1.37, 1.85, 2.35, 1.33, 1.66 and 2.00 bars,
soft silvery black and white with grain, muted grey-green colour, bleached sun-baked colour, warm
16 mm colour with grain and a faint flicker, contrasty black and white with flicker, gate weave,
dust and a vignette, pale high-key digital colour, and again no single emphasis but a mix of the
earlier difficulties: couples waltzing, a sleigh in the snow, a colliery's wheel turning, sheep, a
choir, a circle dance round a bonfire, a glowing gather turning on a blowpipe, glasses on a moving
belt, palms swaying, boats rocking, a jeep crossing a salt flat, market crowds, a tractor, a
waiter, a furnace worker and a trishaw passing the lens, chandelier candles, a bonfire and furnace
light flickering, stage lights, a coal face's lights, a bulb and a pressure lamp failing, strip
lights switched on, a furnace door opened, the sun coming out over a chapel, fireworks bursting, a
helmet lamp turned into the lens, a searchlight sweeping into it, a truck's headlights coming into
it, glints, a camera's flash, lightning, rain at a colliery, in a street and in a monsoon, snow
falling on a sleigh and a glassworks, mist drifting across a hillside and over paddy fields,
steam from a train and from quenched glass, dust blown over the lens twice; besides pans, a fast
pan, two whip pans, two running cameras and a slow zoom, cuts between two faces before one
background and to closer and nearer framings, cuts between near-white shots (a wheat field and
whitewashed houses, a salt flat and its flooded mirror), to and from cards, titles, a caption,
subtitles and credits rolling, dissolves of 10 to 40 frames (one between a jetty at dusk and at
night), a dissolve through grey, fades through black and white and fade outs and ins; clips 276-281
(HELD_OUT_AT) are "held-out-at", a forty-sixth one written after held-out-as, again blind, from new
recipes of film material of six more kinds (a 1950s West German Heimatfilm, a 1970s Chilean
documentary of a copper-mine strike, a 1950s Hong Kong Cantonese opera film, a 1980s Sri Lankan
tea-plantation drama, a 1980s television snooker broadcast, a 2000s Moroccan film of a High Atlas
village), clips of about 20 to 23 s with 11 shots, from new drawn scenes and seeds (sources,
effects and recipes all in shots_sources_at.py), with 1.66, 1.37, 2.55, 1.85 and 2.39 bars and a
1.33 picture cropped from the frame, saturated warm Agfacolor with grain, contrasty grainy black
and white with flicker, saturated Eastmancolor, humid green colour with grain, bright video colour
under a score caption, warm dusty digital colour, and again no single emphasis but a mix of the
earlier difficulties: cows grazing, a rowing boat, couples dancing round a maypole, a deer, a haul
truck, fists raised at an assembly, a march, a crane's load swinging, children at a tap, water
sleeves waving, a boat rocking on a stage river, a general leaping, lanterns swaying, pear blossom
falling, tea pluckers' hands, a fan turning, torches, fire dancers and a lit elephant in a
procession, a train on a viaduct, a cue ball and a red potted, a cue feathering, a referee's hand,
an audience applauding, a ball dropping into a pocket, market crowds, a mule train, women dancing
with frame drums, a hay wagon, a bird, a placard, a load, a basket, a train and a mule passing the
lens, strings of lanterns switched on, a bulb flickering and failing, a hurricane lamp lit in
the dark, a door opened onto the sunlight, tunnel bulbs, firelight and lanterns flickering, a red
stage wash, a cloud dimming sunbeams, a sunrise, the sun coming into the lens under a pan, a helmet
lamp turned into it, the sun's glare, lightning twice, a photographer's flash, photographers'
flashes twice, a phone's flash, rain at a mountain hut, mist over tea hills, dry-ice mist over the
lens, dust blown over it, a gust of snow to near white; besides pans, a tilt, a fast pan, a whip
pan, a hand-held and a running camera, a minibus's jolts and a slow zoom, cuts between two faces
before one background and to closer and nearer framings, cuts between dark shots (a fete at dusk
and a hut in a storm, a dark house and a night dance), between near-white shots (a snowy pass and
a nearer framing of it), between two framings of one table from above, to and from cards,
titles, a caption, subtitles, a score caption changing and credits rolling over black and over a
dimmed arena, dissolves of 16 to 32 frames (one between a dark verandah and a night procession), a
pixel dissolve, a dissolve through grey, fades through black and white and fade outs and ins; clips
282-287 (HELD_OUT_AU) are "held-out-au", a forty-seventh one written after held-out-at, again blind,
from new recipes of film material of six more kinds (a 1960s East German DEFA Indianerfilm, a 1990s
Japanese television sumo broadcast, a 2010s Kenyan film of Nairobi, a 1950s South Korean post-war
melodrama, a 1980s Malayalam film of the Kerala backwaters, a 2000s Bangladeshi documentary of a
ship-breaking yard), clips of about 20 to 23 s with 11 shots, from new drawn scenes and seeds
(sources, effects and recipes all in shots_sources_au.py), with 2.35, 1.33, 2.39, 1.37 and 1.66 bars
and one clip filling the frame, saturated ORWO colour with grain, bright video colour under
captions, teal and orange digital colour, black and white with flicker, gate weave, a scratch and
grain, faded warm Eastmancolor with grain, pale hand-held digital video, and again no single
emphasis but a mix of the earlier difficulties: riders far off, a canoe paddled with the sun
glinting on the water, horsemen galloping, a waterfall, wrestlers crouching and charging, a
referee raising his fan, cushions thrown by a crowd, storks flying, a painted minibus, market
crowds, washing blowing on a roof, a streetcar crossing close, a ferry poled across a river, a
toddy tapper climbing, a snake-boat's oars flashing, fishing nets dipping, men hauling a cable, a
boat rowed on the tide, a rider's torch, a motorbike, an eagle, a steel plate and a gull passing
the lens, a campfire and an oil lamp flickering, a minibus's neon cycling and blinking, a
tearoom's bulb swinging, a temple's lamp tower lit tier by tier, a lamp guttering, a bulb failing
in a power cut while a phone's screen stays lit, a cutting torch flaring with sparks, headlights
coming into the lens and sweeping a wall, three rifle shots, photographers' flashes, lightning,
smoke blown over the lens, salt thrown up, steam billowing over it, rain in a street, an
alley and a monsoon, mist on a river, haze over a mudflat; besides pans, two pans following a
minibus and a boat, a tilt down and a tilt up, hand-held and running cameras and a crash zoom, cuts
between two faces before one background and to closer and nearer framings, cuts between dark shots
(a camp at dusk and a forest at night, a minibus at night and a street in the rain), into and out
of near-white shots (a fade through white from a dormitory at night to a sea at noon), to and
from cards, titles, captions changing, a REPLAY caption, subtitles and credits rolling over black
and over a dimmed arena, dissolves of 14 to 30 frames, two pixel dissolves, fades through black
and white and fade outs and ins; clips 288-293 (HELD_OUT_AV) are "held-out-av", a forty-eighth one
written after held-out-au, again blind, from new recipes of film material of six more kinds (a
1920s Danish silent film of a fishing village, a 1960s Cambodian romantic musical, a 2000s
Caribbean television broadcast of a cricket Test, a 2010s Nepalese documentary of a Himalayan salt
caravan, a 1950s Brazilian chanchada, a 1970s Soviet Uzbek film of the cotton harvest), clips of
about 20 to 23 s with 11 shots, from new drawn scenes and seeds (sources, effects and recipes all in
shots_sources_av.py), with 1.33, 2.35, 1.85, 1.37 and 2.20 bars and one clip filling the frame,
greys tinted amber, blue and rose with flicker, gate weave, a scratch and grain, saturated faded
colour, bright video colour under captions, pale cool digital colour, black and white with flicker
and grain, faded Sovcolor with grain, and again no single emphasis but a mix of the earlier
difficulties: fishermen pushing a boat, a boat heaving in a storm, a dancer's arms swaying, a long
boat rowed on a lake, lanterns swaying, a bowler running in, a drive, a crowd bobbing, players
walking off, prayer flags flapping, a yak caravan, showgirls kicking, a cable car crossing, a
carnival crowd with confetti falling, dancers at a ball, cotton pickers, a bazaar, a figure
crossing a courtyard, a gull, an ox cart, a yak, a monk and a donkey cart passing the lens, a
lighthouse beam sweeping round and into the lens, a lamp turned up, a stage light changing colour
and a band's wash switching colour twice, floodlights coming on tower by tower, butter lamps
flickering, a lamp switched on in a teahouse, a headdress glinting, the sun glinting on a lake,
the sun's glare on a near-white pitch, a head torch and a truck's headlights coming into the lens,
a spotlight sweeping a stage, lightning, fireworks, flashbulbs, a flag waved and streamers thrown
over the lens, spindrift, a samovar's steam and dust blown over it, rain at sea and on a village;
besides pans, a pan following a boat, a pan following a bowler, a whip pan after the ball, a
heaving boat, hand-held cameras and a tilt up, cuts between two faces before one background and to
closer and nearer framings, a tint change at a cut, cuts between dark shots (a storm at night and a
lighthouse at night), into and out of near-white shots (a fade through white from a desert road at
night to a courtyard at noon, a snowfield cut to a nearer framing of it), to and from cards and an
intertitle, titles, a score caption ticking, captions, a REPLAY caption, subtitles and credits
rolling over black and over a dimmed ground, dissolves of 14 to 28 frames, two pixel dissolves,
fades through black and white and fade outs and ins; clips 294-299 (HELD_OUT_AW) are "held-out-aw",
a forty-ninth one written after held-out-av, again blind, from new recipes of film material of six
more kinds (a 1910s Russian melodrama, a 1980s Indian parallel-cinema film of a Bombay textile mill,
a 1990s Tunisian film of the Tunis medina, a 2000s Japanese late-night television drama in Tokyo, a
1950s Egyptian railway-station drama, a 2010s Kurdish road movie), clips of about 20 to 23 s with 11
shots, from new drawn scenes and seeds (sources, effects and recipes all in shots_sources_aw.py),
with 1.33, 1.66, 1.85, 1.37 and 2.39 bars and one clip filling the frame, greys tinted sepia, night
green-blue and dawn lilac with flicker, gate weave, dust and grain, faded warm Eastmancolor with
grain, warm golden colour, cool sharp video under a channel's logo, black and white with flicker and
grain, teal and orange digital colour with grain, and again no single emphasis but a mix of the
earlier difficulties: a troika in falling snow, couples waltzing, shuttles flying on looms, washing
swaying, sheets flapping and pigeons circling on rooftops, a souk's crowd, dancers at a wedding, a
customer walking into a shop, a train passing a level crossing and a night express passing a
platform, a locomotive arriving in its steam, a newspaper seller limping, a car on a winding road,
the road through a windscreen, a flag waving at a checkpoint, a figure on a frozen river, cats,
feluccas, a ferry, a crow, a woman carrying water, a porter's cart, a porter, a pickup and a
windscreen wiper passing the lens, a candle carried into a dark room, a chandelier's candles
flickering, a petromax pumped up, two lanterns switched on one after the other, a tube flickering, a
bulb swinging on its cord, a signal changing, crossing lamps and aviation lights blinking, a train's
windows sweeping a platform, a taxi's headlights sweeping a pavement, a photographer's flash, the
sun's glare on a sea front, white walls and a river at dawn, a bus's, a shunting engine's and a
truck's headlights coming into the lens, a fire's sparks, steam in a hammam and from a vent, smoke
from chimneys, snow blown over the lens twice, snowfall, rain in a monsoon and in Tokyo; besides
pans, a whip pan from a cliff to a ferry, hand-held cameras, a tilt down and a tilt up, cuts between
two faces before one background (one a car window with the land moving past) and to closer and
nearer framings, tint changes at cuts, cuts between dark shots (a union meeting and a monsoon street
at night, a level crossing and a rainy street at night, a room with a swinging bulb and a railway
yard at night), into and out of near-white shots (fades through white from a monsoon street to a sea
front at noon, from an alley at night to a river at dawn and from a railway yard at night to the
Nile at noon, a sea front and a snowy pass cut to nearer framings of them, a fade through black into
white walls), to and from cards and an intertitle, titles, a channel's logo, subtitles and credits
rolling over black and over a dimmed skyline, dissolves of 14 to 28 frames, a pixel dissolve, fades
through black and white and fade outs and ins; clips 300-305 (HELD_OUT_AX) are "held-out-ax", a
fiftieth one written after held-out-aw, again blind, from new recipes of film material of six more
kinds (a 1920s Finnish silent film of log floaters on the rapids, a 1960s Ukrainian Soviet poetic
film of the Carpathians, a 1930s Soviet documentary of an Arctic icebreaker expedition, a 1970s
Pakistani Punjabi-language Lollywood musical, a 2000s Burmese documentary of Inle Lake, a 2010s
Congolese documentary of a Kinshasa street band), clips of about 20 to 23 s with 11 shots, from new
drawn scenes and seeds (sources, effects and recipes all in shots_sources_ax.py), with 1.33, 1.37,
1.19, 2.35 and 1.85 bars and one clip filling the frame, greys tinted amber by day, green in the
forest, blue by night and peach at dawn with flicker, gate weave, a scratch and grain, saturated
colour with grain and a memory in steel-blue monochrome, black and white with flicker, frame-line
jumps and grain, saturated warm faded colour with grain, soft humid colour with grain, saturated
digital video with grain, and again no single emphasis but a mix of the earlier difficulties: logs
tumbling down rapids and a floater riding one, a fir felled, a rowing boat, a trembita player, sheep
grazing, a wreath floating down a stream, carollers carrying a star in falling snow, dancers
circling a bonfire and a couple jumping over it, a censer swinging, a hawk circling, an icebreaker
in port with flags and a waving crowd, a route drawn on a map, the bow breaking the ice, men hauling
a sledge, aurora, an ox turning a Persian wheel, a Ferris wheel turning, women dancing under strings
of bulbs blinking, a tonga on a road, a girl running through wheat, a fisherman with a conical net,
a leg-rower rowing, a floating market, floating lanterns, a minibus, a fisherman casting his net,
dancers on a bar's stage, a swallow, a torch, a plane's wing, a tonga, a longtail boat, a motorbike
and a kingfisher passing the lens, a kerosene lamp lit, a church door thrown open on daylight, a
monastery's generator failing and a yard's power cut, lightning over a log boom, a bonfire flaring,
a signal flare fired over a camp on the ice, a guard's rifle shots, a welder's arc flickering with
sparks, phones' flashes in a crowd, the sun glinting on a stream and on stupas' spires, a
searchlight sweeping the ice and turned into the lens, the sun's glare on a wheat field, a boat's
spotlight and a motorbike's headlight coming into the lens, smoke from funnels and a hut, rain in a
storm and in a downpour; besides pans, a pan following a leg-rower, two slow push-ins and a crash
zoom, a camera swaying, a deck heaving, hand-held cameras and a tilt down, cuts between two faces
before one background and to closer framings, tint changes at cuts and at a dissolve and cuts into
and out of a memory in monochrome, cuts between dark shots (a cabin at night and a storm over a
lake, a winter village at night and a bonfire, a bar's stage and a street in a downpour at night),
into and out of near-white shots (cuts from a storm at night to a misty lake at dawn, from a dark
church to a sea of clouds, from a road to a wheat field at noon and from an ice field to the polar
night, fades through white into an ice field, out of the wheat field and into a river at noon), to
and from cards, an intertitle and a map, titles, a name caption, subtitles and credits rolling over
black and over a dimmed lake, dissolves of 18 to 22 frames, a dissolve through grey, a pixel
dissolve, fades through black and white and fade outs and ins; clips 306-311 (HELD_OUT_AY) are
"held-out-ay", a fifty-first one written after held-out-ax, again blind, from new recipes of film
material of six more kinds (a 1950s Bulgarian film of the rose harvest in the Valley of Roses, a
1970s Afghan documentary of buzkashi, a 1990s Malian documentary of the replastering of the Great
Mosque of Djenne, a 1960s Lithuanian poetic documentary of the Curonian Spit, a 2010s Bhutanese
documentary of a tsechu, a 1980s Tanzanian film of Zanzibar dhow builders), clips of about 20 to 23
s with 11 shots, 40 cuts and 20 gradual transitions in all, from new drawn scenes and seeds
(sources, effects and recipes all in shots_sources_ay.py), with 1.37, 1.66, 1.33, 2.35, 2.00 and
1.85 bars, black and white with flicker and grain in the luma only, faded magenta colour with grain,
saturated video with a window-dub timecode running on across cuts and dissolves, black and white of
high contrast with flicker, gate weave and grain, saturated digital video with light grain and warm
colour with flicker and grain, and again no single emphasis but a mix of the earlier difficulties:
rose pickers working down the rows, a horo danced to a bagpipe, a watchman carrying his lantern
through a dark distillery, riders crossing a plain, a melee of horsemen, a rider breaking away with
a calf, pigeons taking off, kites fighting, a pinasse crossing a river, masons on ladders with mud
thrown up to them, boys treading mud and water thrown from a bucket, griots drumming, goats under a
baobab, a walker on a dune with sand blown off its crest, a weathervane turning, fishermen hauling a
net, a boat coming out of fog, monks blowing long horns, masked dancers spinning and black-hat
dancers circling, a giant thangka unrolled, an arrow crossing, a prayer wheel turning, builders
swinging adzes, a pit saw, a lateen sail swung across the frame, lantern boats; a horse, a woman in
indigo, a gull, a monk, a cyclist and a lantern passing the lens, steam and a game's dust blown over
it, a wave's spray, headlights sweeping a window and a wall, a camera light switched on and a video
camera's iris opening, a lens going out of focus and back, a lighthouse's beam sweeping the dunes
and turned into the lens, the sun's glare, a harmattan haze thickening, a shower starting, a squall
darkening the sea, cue marks, rain; besides pans, a fast pan following a rider, a crane rise, a tilt
up, a slow push-in, a tracking shot through a pine forest, a rolling deck and hand-held cameras,
cuts between two field shots and two dune shots of like tones, between two faces before one
background and to closer framings, between dark shots (a distillery at night and a dark shower, a
sunset and lantern boats at night), into and out of near-white shots (a cut from a lighthouse at
night to a lagoon in fog, fades through white out of the fog and out of a mosque's white courtyard),
to and from cards, titles, subtitles and credits rolling over black and over a dimmed plain and
valley, dissolves of 16 to 26 frames (one between two shots of dancers), a pixel dissolve, a
dissolve through grey, fades through black and white and fade outs and ins. The
recipes are in shots_recipes.py beside this script (those of held-out-j to -ay in
shots_sources_j.py,
shots_sources_k.py, shots_sources_l.py, shots_sources_m.py, shots_sources_n.py, shots_sources_o.py,
shots_sources_p.py, shots_sources_q.py, shots_sources_r.py, shots_sources_s.py, shots_sources_t.py,
shots_sources_u.py, shots_sources_v.py, shots_sources_w.py, shots_sources_x.py, shots_sources_y.py,
shots_sources_z.py, shots_sources_aa.py, shots_sources_ab.py, shots_sources_ac.py,
shots_sources_ad.py, shots_sources_ae.py, shots_sources_af.py, shots_sources_ag.py,
shots_sources_ah.py, shots_sources_ai.py, shots_sources_aj.py, shots_sources_ak.py,
shots_sources_al.py, shots_sources_am.py, shots_sources_an.py, shots_sources_ao.py,
shots_sources_ap.py, shots_sources_aq.py, shots_sources_ar.py, shots_sources_as.py,
shots_sources_at.py, shots_sources_au.py, shots_sources_av.py, shots_sources_aw.py,
shots_sources_ax.py and shots_sources_ay.py). Also
written: all-color.mp4 (the color clips 00-11 joined, for timing) and trailer-annotated.json (the
trailer's own boundaries, annotated by eye).
Idempotent: a clip is regenerated only if it or its JSON is missing or its
recipe changed.

Usage: scripts/shots-corpus.py [--out DIR] [--only N[,N...]] [-j N]
  (default ~/.cache/filmprint-shots-corpus; --only makes just the clips of those indices;
  -j N encodes N clips at once, one per core by default)
"""

import argparse
import hashlib
import json
import os
import stat
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in scripts/ for the import below
sys.path.insert(0, str(Path(__file__).resolve().parent))
from shots_recipes import (CLIPS, HELD_OUT_B, HELD_OUT_C, HELD_OUT_D, HELD_OUT_E,  # noqa: E402
                           HELD_OUT_F, HELD_OUT_G, HELD_OUT_H, HELD_OUT_I, segment_starts)
from shots_lavfi import FONT, SERIF, geq as _geq  # noqa: E402
from shots_sources_i import FX_I, LAVFI_I, TEXT_FILES_I  # noqa: E402
from shots_sources_j import FX_J, HELD_OUT_J, LAVFI_J, TEXT_FILES_J  # noqa: E402
from shots_sources_k import FX_K, HELD_OUT_K, LAVFI_K, TEXT_FILES_K  # noqa: E402
from shots_sources_l import FX_L, HELD_OUT_L, LAVFI_L, TEXT_FILES_L  # noqa: E402
from shots_sources_m import FX_M, HELD_OUT_M, LAVFI_M, TEXT_FILES_M  # noqa: E402
from shots_sources_n import FX_N, HELD_OUT_N, LAVFI_N, TEXT_FILES_N  # noqa: E402
from shots_sources_o import FX_O, HELD_OUT_O, LAVFI_O, TEXT_FILES_O  # noqa: E402
from shots_sources_p import FX_P, HELD_OUT_P, LAVFI_P, TEXT_FILES_P  # noqa: E402
from shots_sources_q import FX_Q, HELD_OUT_Q, LAVFI_Q, TEXT_FILES_Q  # noqa: E402
from shots_sources_r import FX_R, HELD_OUT_R, LAVFI_R, TEXT_FILES_R  # noqa: E402
from shots_sources_s import FX_S, HELD_OUT_S, LAVFI_S, TEXT_FILES_S  # noqa: E402
from shots_sources_t import FX_T, HELD_OUT_T, LAVFI_T, TEXT_FILES_T  # noqa: E402
from shots_sources_u import FX_U, HELD_OUT_U, LAVFI_U, TEXT_FILES_U  # noqa: E402
from shots_sources_v import FX_V, HELD_OUT_V, LAVFI_V, TEXT_FILES_V  # noqa: E402
from shots_sources_w import FX_W, HELD_OUT_W, LAVFI_W, TEXT_FILES_W  # noqa: E402
from shots_sources_x import FX_X, HELD_OUT_X, LAVFI_X, TEXT_FILES_X  # noqa: E402
from shots_sources_y import FX_Y, HELD_OUT_Y, LAVFI_Y, TEXT_FILES_Y  # noqa: E402
from shots_sources_z import FX_Z, HELD_OUT_Z, LAVFI_Z, TEXT_FILES_Z  # noqa: E402
from shots_sources_aa import FX_AA, HELD_OUT_AA, LAVFI_AA, TEXT_FILES_AA  # noqa: E402
from shots_sources_ab import FX_AB, HELD_OUT_AB, LAVFI_AB, TEXT_FILES_AB  # noqa: E402
from shots_sources_ac import FX_AC, HELD_OUT_AC, LAVFI_AC, TEXT_FILES_AC  # noqa: E402
from shots_sources_ad import FX_AD, HELD_OUT_AD, LAVFI_AD, TEXT_FILES_AD  # noqa: E402
from shots_sources_ae import FX_AE, HELD_OUT_AE, LAVFI_AE, TEXT_FILES_AE  # noqa: E402
from shots_sources_af import FX_AF, HELD_OUT_AF, LAVFI_AF, TEXT_FILES_AF  # noqa: E402
from shots_sources_ag import FX_AG, HELD_OUT_AG, LAVFI_AG, TEXT_FILES_AG  # noqa: E402
from shots_sources_ah import FX_AH, HELD_OUT_AH, LAVFI_AH, TEXT_FILES_AH  # noqa: E402
from shots_sources_ai import FX_AI, HELD_OUT_AI, LAVFI_AI, TEXT_FILES_AI  # noqa: E402
from shots_sources_aj import FX_AJ, HELD_OUT_AJ, LAVFI_AJ, TEXT_FILES_AJ  # noqa: E402
from shots_sources_ak import FX_AK, HELD_OUT_AK, LAVFI_AK, TEXT_FILES_AK  # noqa: E402
from shots_sources_al import FX_AL, HELD_OUT_AL, LAVFI_AL, TEXT_FILES_AL  # noqa: E402
from shots_sources_am import FX_AM, HELD_OUT_AM, LAVFI_AM, TEXT_FILES_AM  # noqa: E402
from shots_sources_an import FX_AN, HELD_OUT_AN, LAVFI_AN, TEXT_FILES_AN  # noqa: E402
from shots_sources_ao import FX_AO, HELD_OUT_AO, LAVFI_AO, TEXT_FILES_AO  # noqa: E402
from shots_sources_ap import FX_AP, HELD_OUT_AP, LAVFI_AP, TEXT_FILES_AP  # noqa: E402
from shots_sources_aq import FX_AQ, HELD_OUT_AQ, LAVFI_AQ, TEXT_FILES_AQ  # noqa: E402
from shots_sources_ar import FX_AR, HELD_OUT_AR, LAVFI_AR, TEXT_FILES_AR  # noqa: E402
from shots_sources_as import FX_AS, HELD_OUT_AS, LAVFI_AS, TEXT_FILES_AS  # noqa: E402
from shots_sources_at import FX_AT, HELD_OUT_AT, LAVFI_AT, TEXT_FILES_AT  # noqa: E402
from shots_sources_au import FX_AU, HELD_OUT_AU, LAVFI_AU, TEXT_FILES_AU  # noqa: E402
from shots_sources_av import FX_AV, HELD_OUT_AV, LAVFI_AV, TEXT_FILES_AV  # noqa: E402
from shots_sources_aw import FX_AW, HELD_OUT_AW, LAVFI_AW, TEXT_FILES_AW  # noqa: E402
from shots_sources_ax import FX_AX, HELD_OUT_AX, LAVFI_AX, TEXT_FILES_AX  # noqa: E402
from shots_sources_ay import FX_AY, HELD_OUT_AY, LAVFI_AY, TEXT_FILES_AY  # noqa: E402

# The held-out sets in the order they were written; their clips follow 00-11 in this order.
HELD_OUT_SETS = {"b": HELD_OUT_B, "c": HELD_OUT_C, "d": HELD_OUT_D, "e": HELD_OUT_E, "f": HELD_OUT_F,
                 "g": HELD_OUT_G, "h": HELD_OUT_H, "i": HELD_OUT_I, "j": HELD_OUT_J, "k": HELD_OUT_K,
                 "l": HELD_OUT_L, "m": HELD_OUT_M, "n": HELD_OUT_N, "o": HELD_OUT_O,
                 "p": HELD_OUT_P, "q": HELD_OUT_Q, "r": HELD_OUT_R, "s": HELD_OUT_S, "t": HELD_OUT_T,
                 "u": HELD_OUT_U, "v": HELD_OUT_V, "w": HELD_OUT_W, "x": HELD_OUT_X,
                 "y": HELD_OUT_Y, "z": HELD_OUT_Z, "aa": HELD_OUT_AA,
                 "ab": HELD_OUT_AB, "ac": HELD_OUT_AC, "ad": HELD_OUT_AD, "ae": HELD_OUT_AE,
                 "af": HELD_OUT_AF, "ag": HELD_OUT_AG, "ah": HELD_OUT_AH, "ai": HELD_OUT_AI,
                 "aj": HELD_OUT_AJ, "ak": HELD_OUT_AK, "al": HELD_OUT_AL, "am": HELD_OUT_AM,
                 "an": HELD_OUT_AN, "ao": HELD_OUT_AO, "ap": HELD_OUT_AP,
                 "aq": HELD_OUT_AQ, "ar": HELD_OUT_AR, "as": HELD_OUT_AS,
                 "at": HELD_OUT_AT, "au": HELD_OUT_AU, "av": HELD_OUT_AV,
                 "aw": HELD_OUT_AW, "ax": HELD_OUT_AX, "ay": HELD_OUT_AY}

FPS, W, H = 24, 320, 180
REPO = Path(__file__).resolve().parent.parent
TRAILER = REPO / "samples" / "bbb_trailer_360p.mp4"

# Frame ranges of the trailer that lie strictly inside one shot, with no text
# fading in or out (checked by eye on extracted frames).
BBB_SHOTS = {"sky": (30, 78), "bird": (268, 310), "hole": (400, 538),
             "emerge": (558, 590), "hill": (596, 742), "squirrel": (795, 862),
             "field": (866, 898), "tree": (908, 986), "rodents": (990, 1047),
             "closeup": (1051, 1097), "sepia": (1136, 1202)}

# Trailer boundaries annotated by eye (frame numbers from 0, see docs in report).
TRAILER_TRUTH = {
    "boundaries": [
        {"kind": "gradual", "first": 217, "last": 264, "what": "fade out to black / fade in"},
        {"kind": "gradual", "first": 313, "last": 360, "what": "fade out to black / fade in"},
        {"kind": "cut", "first": 593, "last": 593, "what": "cut"},
        {"kind": "gradual", "first": 745, "last": 792, "what": "fade out to black / fade in"},
        {"kind": "cut", "first": 864, "last": 864, "what": "cut"},
        {"kind": "cut", "first": 900, "last": 900, "what": "cut (then fast camera shake, no cut)"},
        {"kind": "cut", "first": 988, "last": 988, "what": "cut"},
        {"kind": "cut", "first": 1049, "last": 1049, "what": "cut"},
        {"kind": "gradual", "first": 1099, "last": 1134, "what": "dark dissolve to sepia shot"},
        {"kind": "gradual", "first": 1204, "last": 1252, "what": "fade to black, credit card"},
    ],
    # Reported boundaries here are neither hits nor false positives.
    "ignore": [{"first": 0, "last": 26, "what": "opening fade in from black"}],
}

LAVFI = {
    "testsrc2": "testsrc2=s=320x180:r=24",
    "smptebars": "smptebars=s=320x180:r=24",
    "rgbtestsrc": "rgbtestsrc=s=320x180:r=24",
    "colorchart": "colorchart=r=24:patch_size=48x48,scale=320:180",
    "mandelbrot": "mandelbrot=s=320x180:r=24",
    "life": "life=s=160x90:r=24:seed=7:ratio=0.3:mold=10:life_color=#60ff60:death_color=#402020,"
            "scale=320:180:flags=neighbor",
    "cellauto": "cellauto=s=320x180:r=24:rule=110:seed=5",
    "gradients": "gradients=s=320x180:r=24:speed=0.05:seed=3:n=3",
    "sierpinski": "sierpinski=s=320x180:r=24:seed=2",
    "zoneplate": "nullsrc=s=320x180:r=24,format=yuv420p,geq=lum='128+100*sin(((X-160)*(X-160)"
                 "+(Y-90)*(Y-90))/150-N*0.5)':cb='128+50*sin(X/25+N*0.1)':cr=128",
    "navy": "color=c=0x203070:s=320x180:r=24,noise=alls=30:allf=t",
    "ochre": "color=c=0xc09030:s=320x180:r=24,noise=alls=30:allf=t",
    "credits": f"color=c=black:s=320x180:r=24,drawtext=fontfile={FONT}:fontsize=13:"
               "fontcolor=white:line_spacing=10:textfile=CREDITS:x=(w-tw)/2:y=h-2*n",
}
CREDITS = "\n".join(["Directed by", "A. Machine", "", "Produced by", "The Test Corpus",
                     "", "Music", "Silence", "", "Cast", "Testsrc Two", "Mandelbrot",
                     "Big Buck Bunny", "", "Thanks to", "FFmpeg"])

# Sources added for held-out-b (own seeds: nothing random is shared with 00-11).
LAVFI.update({
    "testsrc": "testsrc=s=320x180:r=24",
    "pal100bars": "pal100bars=s=320x180:r=24",
    "smptehdbars": "smptehdbars=s=320x180:r=24",
    "yuvtestsrc": "yuvtestsrc=s=320x180:r=24",
    "colorspectrum": "colorspectrum=s=320x180:r=24:type=all",
    "haldclut": "haldclutsrc=level=6:r=24,scale=320:180",
    "mandelbrot-b": "mandelbrot=s=320x180:r=24:start_x=0.2925:start_y=0.0149:start_scale=1.2"
                    ":end_scale=0.005:end_pts=300:outer=normalized_iteration_count:inner=period",
    "life-b": "life=s=160x90:r=24:seed=23:ratio=0.25:mold=20:life_color=#ffc040:"
              "death_color=#203040,scale=320:180:flags=neighbor",
    "cellauto-b": "cellauto=s=320x180:r=24:rule=30:seed=31",
    "gradients-b": "gradients=s=320x180:r=24:speed=0.03:seed=17:n=5:type=radial",
    "sierpinski-b": "sierpinski=s=320x180:r=24:seed=13:jump=2:type=triangle",
    "plasma": "nullsrc=s=320x180:r=24,format=yuv420p,geq=lum='128+50*sin(X/23+N*0.11)"
              "+50*sin(hypot(X-160,Y-90)/19-N*0.17)':cb='128+60*sin(Y/31+N*0.07)'"
              ":cr='128+60*cos(X/29-N*0.05)'",
    "checker": "nullsrc=s=320x180:r=24,format=yuv420p,geq=lum='if(mod(floor((X+N*3)/20)"
               "+floor(Y/20),2),200,50)':cb=110:cr=150",
    "teal": "color=c=0x206868:s=320x180:r=24,noise=alls=26:allf=t:all_seed=31337",
    "slate": "color=c=0x8890a0:s=320x180:r=24,noise=alls=26:allf=t:all_seed=27182",
    "maroon": "color=c=0x602030:s=320x180:r=24,noise=alls=26:allf=t:all_seed=16180",
    "credits-b": f"color=c=0x101830:s=320x180:r=24,drawtext=fontfile={FONT}:fontsize=15:"
                 "fontcolor=0xf0e0a0:line_spacing=8:textfile=ENDROLL:x=(w-tw)/2:y=h-3*n",
})
ENDROLL = "\n".join(["Written by", "Nobody in Particular", "", "Camera", "A Virtual One", "",
                     "Editing", "Frame Exact", "", "With", "Plasma", "Checkerboard",
                     "Rule Thirty", "", "Filmed in", "Libavfilter"])

# Sources added for held-out-c (own seeds again: nothing random is shared with 00-17).
LAVFI.update({
    "pal75bars": "pal75bars=s=320x180:r=24",
    "colorchart-c": "colorchart=r=24:patch_size=40x40:preset=skintones,scale=320:180",
    "mandelbrot-c": "mandelbrot=s=320x180:r=24:start_x=-0.7453:start_y=0.1127:start_scale=0.05"
                    ":end_scale=0.0002:end_pts=400:outer=iteration_count:inner=mincol",
    "life-c": "life=s=160x90:r=24:rule=B36/S23:seed=4051:ratio=0.35:mold=6:life_color=#a0d0ff:"
              "death_color=#301818,scale=320:180:flags=neighbor",
    "cellauto-c": "cellauto=s=320x180:r=24:rule=90:seed=9973:ratio=0.4",
    "sierpinski-c": "sierpinski=s=320x180:r=24:seed=7919:jump=5:type=carpet",
    "gradients-c": "gradients=s=320x180:r=24:speed=0.04:seed=4099:n=4:type=spiral",
    "stripes": "nullsrc=s=320x180:r=24,format=yuv420p,geq=lum='128+90*sin((X+Y)/12-N*0.3)'"
               ":cb='128+70*sin(Y/40+N*0.02)':cr='128-60*cos(X/50+N*0.04)'",
    "blobs": "nullsrc=s=320x180:r=24,format=yuv420p,geq=lum='110+70*sin(hypot(X-160"
             "-70*sin(N*0.05),Y-90)/15)*cos(X/37-N*0.06)':cb='128-55*cos(Y/27+N*0.05)'"
             ":cr='128+65*sin(hypot(X,Y)/41)'",
    "olive": "color=c=0x586028:s=320x180:r=24,noise=alls=28:allf=t:all_seed=92821",
    "moss": "color=c=0x4e5c2c:s=320x180:r=24,noise=alls=28:allf=t:all_seed=40503",
    "plum": "color=c=0x503050:s=320x180:r=24,noise=alls=28:allf=t:all_seed=71993",
    "ivory": "color=c=0xd8d0b8:s=320x180:r=24,noise=alls=22:allf=t:all_seed=60013",
    "credits-c": f"color=c=0x1a1008:s=320x180:r=24,drawtext=fontfile={SERIF}:fontsize=14:"
                 "fontcolor=0xe8d8b0:line_spacing=9:textfile=CASTLIST:x=(w-tw)/2:y=h-1.5*n",
})
CASTLIST = "\n".join(["Cast in Order of Appearance", "", "The Spiral", "Gradients", "",
                      "The Carpet", "Sierpinski", "", "Skin Tones", "Colorchart", "",
                      "The Stranger", "Highlife", "", "Night Photography", "Eq and Colorbalance",
                      "", "No Rabbits Were Harmed"])

# Sources added for held-out-d (own seeds again: nothing random is shared with 00-23).
LAVFI.update({
    "mandelbrot-d": "mandelbrot=s=320x180:r=24:start_x=-1.25066:start_y=0.02012:start_scale=0.2"
                    ":end_scale=0.0005:end_pts=350:outer=outz:inner=convergence",
    "life-d": "life=s=160x90:r=24:rule=B3/S12345:seed=60017:ratio=0.2:mold=12:life_color=#ff80c0:"
              "death_color=#102818,scale=320:180:flags=neighbor",
    "cellauto-d": "cellauto=s=320x180:r=24:rule=150:seed=104729:ratio=0.5",
    "gradients-d": "gradients=s=320x180:r=24:speed=0.02:seed=130003:n=6:type=circular",
    "sierpinski-d": "sierpinski=s=320x180:r=24:seed=700001:jump=3:type=triangle",
    "rain": "nullsrc=s=320x180:r=24,format=yuv420p,geq=lum='55+25*sin(Y/50)+90*gt(sin(X*1.3)"
            "*sin((Y+N*11)/6+X*2.1),0.93)':cb=140:cr=118",
    "waves": "nullsrc=s=320x180:r=24,format=yuv420p,geq=lum='120+80*sin(X/17+3*sin(Y/29+N*0.09))'"
             ":cb='128+50*sin(N*0.03+Y/60)':cr='128+40*cos(X/70-N*0.02)'",
    "curtain": "nullsrc=s=320x180:r=24,format=yuv420p,geq=lum='55+30*sin(X/9+2*sin(Y/40)+N*0.03)"
               "+10*Y/180':cb=118:cr='175+12*sin(X/9+N*0.03)'",
    "leader": "color=c=0x8a8a8a:s=320x180:r=24,drawgrid=w=160:h=90:t=2:c=black@0.8,"
              f"drawtext=fontfile={FONT}:fontsize=90:fontcolor=black:text='3':x=(w-tw)/2"
              ":y=(h-th)/2",
    "rust": "color=c=0x7a3a1c:s=320x180:r=24,noise=alls=26:allf=t:all_seed=123457",
    "steel": "color=c=0x46505c:s=320x180:r=24,noise=alls=26:allf=t:all_seed=654323",
    "sand": "color=c=0xb89c70:s=320x180:r=24,noise=alls=24:allf=t:all_seed=55711",
    "dune": "color=c=0xa89068:s=320x180:r=24,noise=alls=24:allf=t:all_seed=88003",
    "credits-d": f"color=c=0x0c0c14:s=320x180:r=24,drawtext=fontfile={FONT}:fontsize=12:"
                 "fontcolor=0xc0d0ff:line_spacing=11:textfile=ROLLCALL:x=(w-tw)/2:y=h-2.5*n",
})
ROLLCALL = "\n".join(["Narrated by", "A Calm Voice", "", "Photography", "Rain and Waves", "",
                      "Archive Footage", "Big Buck Bunny", "", "Stage Manager", "The Red Curtain",
                      "", "Sound", "None at All", "", "A Held-Out Production"])

# Sources added for held-out-e (own seeds again: nothing random is shared with 00-29). Drawn
# scenes for film genres: a night city with lit windows and passing cars, an alley under a
# street lamp (a figure walks through), a candle-lit room, a prairie with a mesa and a cloud,
# a saloon (someone appears in the door), a sea at sunset, a forest, a cartoon bouncing ball,
# a news anchor, an interview guest before bookshelves, a weather map.
_CITY_B = "gt(Y,70+45*abs(sin(floor(X/26)*2.3)))"
_CITY_W = "lt(mod(X,6),3)*lt(mod(Y,8),4)*gt(sin(floor(X/6)*12.99+floor(Y/8)*78.23),0.45)"
_CITY_C = "lt(abs(Y-172),2)*lt(abs(mod(X+N*5,110)-10),7)"
_ALLEY_FIG = "(lt(abs(X-30-N*1.4),9)*between(Y,88,172)+lt(hypot(X-30-N*1.4,Y-80),8))"
_PRAIRIE_M = "gt(Y,82)*lt(abs(X-240+N*0.4),48)"
_SALOON_D = "between(X,228,282)*between(Y,40,170)"
_SALOON_F = "lt(abs(X-255),10)*between(Y,70,170)*gt(N,200)*lt(N,420)"
_BALL = "lt(hypot(X-160-90*sin(N*0.07),Y-136+70*abs(sin(N*0.16))),16)"
_SUN = "lt(hypot(X-270,Y-35),18)"
_ANCHOR_H = "lt(hypot(X-162-2*sin(N*0.13),Y-70),21)"
_ANCHOR_B = "lt(hypot((X-162)/64,(Y-152)/56),1)"
_GUEST_H = "lt(hypot(X-118-1.5*sin(N*0.11),Y-74),21)"
_GUEST_B = "lt(hypot((X-118)/58,(Y-170)/60),1)"
_SHELF = "lt(mod(Y,45),4)"
_MAP_L = "gt(sin(X/37)+sin(Y/23+X/71),0.6)"
_MAP_I = "lt(abs(sin(hypot(X-110,Y-80)/12-N*0.05)),0.05)"
_MAP_C = "gt(sin(X/25-N*0.08+Y/40)*sin(Y/19),0.55)"


LAVFI.update({
    "mandelbrot-e": "mandelbrot=s=320x180:r=24:start_x=-0.160701:start_y=1.037566:start_scale=0.8"
                    ":end_scale=0.004:end_pts=400:outer=normalized_iteration_count:inner=black",
    "life-e": "life=s=160x90:r=24:rule=B3678/S34678:seed=8675309:ratio=0.5:mold=8:"
              "life_color=#f0e070:death_color=#182040,scale=320:180:flags=neighbor",
    "gradients-e": "gradients=s=320x180:r=24:c0=0x28386e:c1=0xe89a5c:n=2:speed=0.012"
                   ":seed=31415927:type=linear",
    "city-e": _geq(f"if({_CITY_C},235,if({_CITY_B},14+150*{_CITY_W},22+0.12*Y))",
                   f"if({_CITY_C},110,if({_CITY_B},128-30*{_CITY_W},150))",
                   f"if({_CITY_C},150,if({_CITY_B},128+25*{_CITY_W},120))"),
    "alley-e": _geq(f"if({_ALLEY_FIG},6,12+115*exp(-hypot(X-230,Y-30)/45)*(1+0.04*sin(N*0.9))"
                    "+14*lt(mod(Y+7*mod(floor(X/40),2),14),2)*lt(X,200))", 112, 146),
    "candle-e": _geq("if(lt(hypot(X-160-sin(N*2.3),(Y-88)*0.5),4),240,14+175*exp(-hypot("
                     "X-160,(Y-95)*1.4)/(32+4*sin(N*1.7)+2*sin(N*3.1))))", 104, 158),
    "prairie-e": _geq("if(gt(Y,112),95+16*sin(X/5+Y*Y/60)*sin(Y/2)+0.2*(Y-112),if("
                      f"{_PRAIRIE_M},72+10*sin(X/4),215-0.5*Y+25*exp(-hypot(X-100-N*0.3,"
                      "(Y-40)*2.5)/30)))",
                      f"if(gt(Y,112),112,if({_PRAIRIE_M},118,146))",
                      f"if(gt(Y,112),142,if({_PRAIRIE_M},140,120))"),
    "saloon-e": _geq(f"if({_SALOON_D},if({_SALOON_F},20,205),55+16*sin((X+4*sin(Y/23))/2.7)"
                     "-30*lt(mod(X,34),2)+90*exp(-hypot(X-90,Y-45)/55)*(1+0.03*sin(N*1.1)))",
                     f"if({_SALOON_D},if({_SALOON_F},128,124),108)",
                     f"if({_SALOON_D},if({_SALOON_F},128,134),150)"),
    "sea-e": _geq("if(lt(Y,78),172+0.3*Y+30*exp(-hypot(X-230,Y-45)/14),62+26*sin(X/9+N*0.3"
                  "+Y*Y/250)*sin(Y/2.5+N*0.1)+0.45*(Y-78)+50*exp(-hypot(X-230,(Y-90)*0.4)/20)"
                  "*gt(sin(X/3+N*0.5+Y),0.5))", "if(lt(Y,78),146,150)", "if(lt(Y,78),120,110)"),
    "forest-e": _geq("if(lt(mod(X+9*floor(X/70),70),11),30+8*sin(Y/5),85+35*sin(Y/13+X/31"
                     "+N*0.04)+35*gt(sin((X-Y*0.5)/18+N*0.01),0.92))",
                     "if(lt(mod(X+9*floor(X/70),70),11),122,104)",
                     "if(lt(mod(X+9*floor(X/70),70),11),134,112)"),
    "cartoon-e": _geq(f"if({_BALL},150,if(gt(Y,154),120,if({_SUN},230,200-0.3*Y)))",
                      f"if({_BALL},84,if(gt(Y,154),80,if({_SUN},40,165)))",
                      f"if({_BALL},212,if(gt(Y,154),96,if({_SUN},150,108)))"),
    "anchor-e": _geq(f"if(gt(Y,150),48,if({_ANCHOR_H},150,if({_ANCHOR_B},40,"
                     "70+0.25*X+18*lt(mod(X+Y/2,48),3))))",
                     f"if(gt(Y,150),128,if({_ANCHOR_H},112,if({_ANCHOR_B},134,168)))",
                     f"if(gt(Y,150),128,if({_ANCHOR_H},150,if({_ANCHOR_B},126,108)))")
                + f",drawtext=fontfile={FONT}:fontsize=11:fontcolor=white@0.8:text='NEWS 5'"
                  ":x=w-tw-10:y=10",
    "guest-e": _geq(f"if({_GUEST_H},146,if({_GUEST_B},70,if({_SHELF},40,"
                    "60+35*sin(floor(X/9)*5.1+floor(Y/45)*2.3))))",
                    f"if({_GUEST_H},110,if({_GUEST_B},120,if({_SHELF},124,"
                    "118+12*sin(floor(X/9)*3.7))))",
                    f"if({_GUEST_H},152,if({_GUEST_B},160,if({_SHELF},134,"
                    "140+14*cos(floor(X/9)*2.9))))"),
    "map-e": _geq(f"if({_MAP_I},235,if({_MAP_C},200,if({_MAP_L},120,80)))",
                  f"if({_MAP_I},128,if({_MAP_C},128,if({_MAP_L},100,165)))",
                  f"if({_MAP_I},128,if({_MAP_C},128,if({_MAP_L},118,105)))")
             + f",drawtext=fontfile={FONT}:fontsize=14:fontcolor=white:text='WEATHER':x=12:y=10,"
               f"drawtext=fontfile={FONT}:fontsize=11:fontcolor=white:text='Tomorrow  Showers  "
               "14 C':x=12:y=156",
    "credits-e": f"color=c=black:s=320x180:r=24,drawtext=fontfile={SERIF}:fontsize=13:"
                 "fontcolor=0xf4f0e8:line_spacing=9:textfile=SIGNOFF:x=(w-tw)/2:y=h-2.2*n",
})
SIGNOFF = "\n".join(["A Film by", "Six Imaginary Editors", "", "Director of Photography",
                     "Moonlight", "", "Costumes", "The Color Mixer", "", "Featuring",
                     "The Bouncing Ball", "The Evening Anchor", "Big Buck Bunny", "",
                     "Shot on Location in", "A Filter Graph", "", "The Fifth Reel"])
# Sources added for held-out-f (own seeds again: nothing random is shared with 00-35). Drawn
# scenes for six more genres: a park by day and a cafe table seen from both sides (a romantic
# comedy), a smoky battlefield and a trench (a war film), a concert stage with sweeping light
# beams over the crowd and the audience seen from the stage (a music documentary), a dark
# hallway and a cellar lit by a candle (a horror film), a dancer in a spotlight before a pink
# curtain and a street of painted house fronts (a technicolor musical), a football pitch under
# a panning camera, the stands and a studio desk (a sports broadcast).
_PARK_S = "lt(Y,68+8*sin(X/23))"
_PARK_P = "lt(abs(Y-132-0.2*(X-160)),6)"
_CAFE_HA = "lt(hypot(X-112-2*sin(N*0.09),(Y-80)*0.82),25)"
_CAFE_BA = "lt(hypot((X-112)/72,(Y-184)/64),1)"
_CAFE_WA = "between(X,196,300)*between(Y,18,112)"
_CAFE_HB = "lt(hypot(X-208+2*sin(N*0.08),(Y-78)*0.82),24)"
_CAFE_BB = "lt(hypot((X-208)/68,(Y-182)/62),1)"
_CAFE_WB = "between(X,20,124)*between(Y,18,112)"
_SMOKE_G = "gt(Y,120+7*sin(X/13)+4*sin(X/3.7))"
_TRENCH_F = "lt(abs(X-160),20+0.6*(Y-36))"
_BEAM_1 = "lt(abs(X-70-(Y-4)*0.7*sin(N*0.06)),5+0.16*Y)"
_BEAM_2 = "lt(abs(X-250+(Y-4)*0.7*sin(N*0.05+1)),5+0.16*Y)"
_SINGER = "(lt(hypot(X-160,Y-70),11)+lt(abs(X-160),14)*between(Y,80,140))"
_CROWD = "gt(Y,146+9*abs(sin(X/9))+4*sin(N*0.45+floor(X/18)))"
_FLAME = "lt(hypot(X-210-sin(N*1.9),(Y-100)*0.45),4)"
_FACE = "lt(hypot(X-118,(Y-84)*0.8),26)"
_DANCE_X = "(X-160-50*sin(N*0.04))"
_SPOT = f"lt(hypot({_DANCE_X},(Y-120)*1.8),52)"
_DANCER = (f"(lt(hypot({_DANCE_X},Y-78-4*abs(sin(N*0.3))),8)+lt(abs({_DANCE_X}),7+0.35*(Y-86))"
           "*between(Y,86,140))")
_STREET_S = "lt(Y,40+12*mod(floor(X/53),3))"
_PLAYER = "lt(hypot(mod(X+N*5,90)-45,Y-100-30*sin(floor((X+N*5)/90)*2.7)),7)"
_PUNDITS = "(lt(hypot(X-100-1.5*sin(N*0.1),(Y-72)*0.85),20)+lt(hypot(X-222,(Y-74)*0.85),20))"
_SUITS = "(lt(hypot((X-100)/50,(Y-150)/50),1)+lt(hypot((X-222)/50,(Y-152)/50),1))"

LAVFI.update({
    "gradients-f": "gradients=s=320x180:r=24:c0=0xd02060:c1=0x20a0d0:c2=0xf0c020:n=3"
                   ":speed=0.015:seed=27182818:type=radial",
    "mud-f": "color=c=0x5a4a38:s=320x180:r=24,noise=alls=30:allf=t:all_seed=7000003",
    "ash-f": "color=c=0x8a8a86:s=320x180:r=24,noise=alls=24:allf=t:all_seed=8000009",
    "park-f": _geq(f"if({_PARK_S},205-0.7*Y+14*gt(sin(X/21-N*0.03+sin(Y/7)),0.85),if(lt(Y,96),"
                   "70+22*sin(X/4.5)*sin(Y/3.1)+10*sin(X/31),128+14*sin(X/6+Y*Y/70)+0.15*(Y-96)"
                   f"+45*{_PARK_P}))",
                   f"if({_PARK_S},158,if(lt(Y,96),104,if({_PARK_P},120,92)))",
                   f"if({_PARK_S},112,if(lt(Y,96),112,if({_PARK_P},134,108)))"),
    "cafe-a-f": _geq(f"if({_CAFE_HA},168+12*sin(Y/8)-20*lt(hypot(X-104,Y-74),3),if({_CAFE_BA},64,"
                     f"if({_CAFE_WA},228-0.25*Y-60*lt(abs(X-248),2),118+12*sin(X/13)*sin(Y/17))))",
                     f"if({_CAFE_HA},108,if({_CAFE_BA},158,if({_CAFE_WA},126,110)))",
                     f"if({_CAFE_HA},154,if({_CAFE_BA},108,if({_CAFE_WA},128,148)))"),
    "cafe-b-f": _geq(f"if({_CAFE_HB},172+10*sin(Y/8)-20*lt(hypot(X-214,Y-72),3),if({_CAFE_BB},80,"
                     f"if({_CAFE_WB},226-0.25*Y-60*lt(abs(X-72),2),118+12*sin(X/13)*sin(Y/17))))",
                     f"if({_CAFE_HB},106,if({_CAFE_BB},112,if({_CAFE_WB},126,110)))",
                     f"if({_CAFE_HB},156,if({_CAFE_BB},186,if({_CAFE_WB},128,148)))"),
    "smoke-f": _geq(f"if({_SMOKE_G},46+12*sin(X/3)*sin(Y/2.2),118+38*sin(X/29+N*0.09+2*sin(Y/23"
                    "-N*0.05))*sin(Y/17+X/41-N*0.03)-0.2*Y)",
                    f"if({_SMOKE_G},118,126)", f"if({_SMOKE_G},138,130)"),
    "trench-f": _geq(f"if(lt(Y,36),150+8*sin(X/11-N*0.05),if({_TRENCH_F},62+9*sin(Y/3+X/7),"
                     "34+26*lt(mod(Y+9*mod(floor(X/26),2),18),15)*lt(mod(X,26),23)))",
                     f"if(lt(Y,36),130,if({_TRENCH_F},120,116))",
                     f"if(lt(Y,36),126,if({_TRENCH_F},134,140))"),
    "stage-f": _geq(f"if({_CROWD},10,if({_SINGER},25,min(250,22+0.2*Y+150*{_BEAM_1}+140*{_BEAM_2}"
                    "+90*exp(-hypot(X-160,(Y-150)*2)/40))))",
                    f"if({_CROWD},128,if({_SINGER},128,if({_BEAM_1},175,if({_BEAM_2},170,140))))",
                    f"if({_CROWD},128,if({_SINGER},128,if({_BEAM_1},200,if({_BEAM_2},90,150))))"),
    "crowd-f": _geq("min(250,25+45*gt(sin(X/6.5+floor(Y/22)*1.9+0.6*sin(N*0.35+floor(X/13)))"
                    "*sin(Y/4.3+floor(X/13)*0.7+0.8*sin(N*0.5+floor(X/19))),0.25)"
                    "+80*exp(-hypot(X-160,Y+30)/70))", 118, 150),
    "hallway-f": _geq("6+30*exp(-hypot(X-160,Y-84)/26)+16*lt(abs(abs(X-160)-1.7*abs(Y-84)),1.5)"
                      "*gt(abs(Y-84),10)+34*between(X,151,169)*between(Y,66,102)"
                      "*(0.8+0.2*sin(N*0.3))", 132, 121),
    "cellar-f": _geq(f"if({_FLAME},245,8+150*exp(-hypot(X-210,Y-106)/(28+5*sin(N*1.3)"
                     f"+3*sin(N*3.7)))+{_FACE}*gt(X,112)*(20+50*exp(-hypot(X-210,Y-106)/70))"
                     "+14*between(X,204,216)*between(Y,108,150))",
                     f"if({_FLAME},90,110)", f"if({_FLAME},170,if({_FACE},152,146))"),
    "musical-f": _geq(f"if({_DANCER},90,if({_SPOT},215,70+25*sin(X/7)+10*sin(Y/30)))",
                      f"if({_DANCER},90,if({_SPOT},110,135))",
                      f"if({_DANCER},210,if({_SPOT},140,190))"),
    "street-f": _geq(f"if({_STREET_S},185-0.4*Y,if(gt(Y,160),110+6*sin(X/5),if(lt(mod(X,53),6),"
                     "60,120+40*sin(floor(X/53)*1.3)-50*lt(mod(X,17),8)*lt(mod(Y,24),12)"
                     "*gt(Y,60))))",
                     f"if({_STREET_S},170,if(gt(Y,160),128,128+70*sin(floor(X/53)*2.1)))",
                     f"if({_STREET_S},108,if(gt(Y,160),128,128+70*cos(floor(X/53)*1.7)))"),
    "pitch-f": _geq(f"if({_PLAYER},60,min(250,96+20*lt(mod(X+N*5,64),32)"
                    "+130*lt(abs(mod(X+N*5,400)-200),2)+130*lt(abs(Y-30),2)))",
                    f"if({_PLAYER},100,86)", f"if({_PLAYER},196,100)"),
    "stands-f": _geq("90+50*sin(floor(X/8)*3.1+floor(Y/10)*1.7)*gt(mod(Y,10),3)+8*sin(N*0.3+X/20)",
                     "128+60*sin(floor(X/8)*2.3+floor(Y/10)*5.1)",
                     "128+60*cos(floor(X/8)*1.7+floor(Y/10)*3.3)"),
    "studio-f": _geq(f"if(gt(Y,132),190-0.3*(Y-132),if({_PUNDITS},160,if({_SUITS},45,"
                     "60+30*lt(abs(mod(X+Y,80)-40),3))))",
                     f"if(gt(Y,132),128,if({_PUNDITS},110,if({_SUITS},128,172)))",
                     f"if(gt(Y,132),128,if({_PUNDITS},150,if({_SUITS},128,108)))")
                 + f",drawtext=fontfile={FONT}:fontsize=12:fontcolor=white:text='MATCH DAY'"
                   ":x=12:y=10",
    "credits-f": f"color=c=0x08080c:s=320x180:r=24,drawtext=fontfile={FONT}:fontsize=13:"
                 "fontcolor=0xfff4d0:line_spacing=10:textfile=CURTAINCALL:x=(w-tw)/2:y=h-2.4*n",
})
CURTAINCALL = "\n".join(["Starring", "Two Strangers in a Cafe", "", "Choreography",
                         "The Moving Spotlight", "", "Special Effects", "Smoke and Lightning",
                         "", "Live Sound", "The Lighthouse Crowd", "", "Commentary",
                         "The Studio Desk", "", "With Thanks to", "Big Buck Bunny", "",
                         "The Sixth Reel"])
# Sources added for held-out-g (own seeds again: nothing random is shared with 00-41). Drawn
# scenes for six more genres: a candle-lit parlour and a ballroom (a period costume drama), a
# road seen from the driver's seat by day and by night and a car tracked from the side (a car
# chase), a studio kitchen, a frying pan from above and a cutting board (a cooking show), a
# shore and a wall striped by the light through blinds (a black-and-white art film), a
# starfield with a planet and a spaceship cockpit (a space opera), a birthday table (a home
# movie).
_PARLOUR_F = ("(lt(hypot(X-60-sin(N*2.1),(Y-72)*0.45),3.5)+lt(hypot(X-82-sin(N*2.6+1),(Y-70)"
              "*0.45),3.5)+lt(hypot(X-104-sin(N*1.8+2),(Y-72)*0.45),3.5))")
_PARLOUR_S = "between(Y,80,118)*(lt(abs(X-60),3)+lt(abs(X-82),3)+lt(abs(X-104),3))"
_PARLOUR_GLOW = "exp(-hypot(X-82,Y-76)/(46+4*sin(N*1.7)+2*sin(N*4.1)))"
_LADY_H = "lt(hypot(X-215,Y-66),19)"
_LADY_HAIR = "lt(hypot(X-215,(Y-46)*1.3),18)"
_LADY_G = "lt(hypot((X-215)/55,(Y-160)/62),1)"
_BALL_K = "floor((X+N*3)/80)"
_BALL_D = "lt(hypot((mod(X+N*3,80)-40)/13,(Y-116)/36),1)*gt(Y,84)"
_CHANDELIER = "lt(hypot(X-160,(Y-22)*1.8),34)*gt(sin(X*1.3+N*0.4)*sin(Y*1.7),0.7)"
_ROAD = "gt(Y,70)*lt(abs(X-160-0.03*(Y-70)*(Y-70)*sin(N*0.04)),4+(Y-70)*1.6)"
_ROAD_CAR = "between(X,146+6*sin(N*0.05),174+6*sin(N*0.05))*between(Y,92,108)"
_CAR_BODY = "between(X,50,270)*between(Y,98+1.5*sin(N*1.3),142)"
_CAR_CAB = "between(X,100,215)*between(Y,72+1.5*sin(N*1.3),98)"
_CAR_WHEEL = "(lt(hypot(X-95,Y-142),15)+lt(hypot(X-225,Y-142),15))"
_NIGHT_LAMP = "lt(hypot(mod(X+N*14,90)-45,Y-30),5)"
_NIGHT_TAIL = "(lt(hypot(X-150-4*sin(N*0.07),Y-100),3)+lt(hypot(X-172-4*sin(N*0.07),Y-100),3))"
_COOK_X = "(X-160-3*sin(N*0.12))"
_COOK_H = f"lt(hypot({_COOK_X},(Y-58)*0.9),20)"
_COOK_HAIR = f"lt(hypot({_COOK_X},(Y-46)*1.2),19)*lt(Y,50)"
_COOK_B = "lt(hypot((X-160)/52,(Y-130)/54),1)"
_COOK_POT = "between(X,36,100)*between(Y,96,122)"
_PAN = "lt(hypot(X-150,Y-90),74)"
_PAN_FOOD = "lt(hypot(X-150,Y-90),64)"
_PAN_HANDLE = "between(X,222,320)*lt(abs(Y-90),7)"
_PAN_GREEN = "gt(sin(X/9)*sin(Y/11+1),0.75)"
_KNIFE_Y = "(60+35*abs(sin(N*0.45)))"
_KNIFE = f"between(X,170,262)*between(Y,{_KNIFE_Y},{_KNIFE_Y}+14)"
_HAND = f"lt(hypot((X-272)/30,(Y-{_KNIFE_Y}+4)/16),1)"
_CARROT = "lt(abs(Y-116),13)*between(X,30,200)"
_SLICES = "lt(hypot(mod(X-236,22)-11,Y-130),10)*between(X,236,302)"
_SHORE_W = "lt(abs(Y-105-8*sin(N*0.06)-3*sin(X/20)),2.5)"
_SHORE_FIG = "(lt(abs(X-230),4)*between(Y,82,118)+lt(hypot(X-230,Y-78),4.5))"
_BLINDS_S = "gt(sin((Y-0.45*X)/5+N*0.04),0.1)"
_PROFILE = "(lt(hypot(X-230,(Y-78)*0.85),30)+lt(hypot(X-201,Y-84),6)+between(X,214,246)*gt(Y,100))"
_STARS = "gt(sin(floor(X+N*{v})*12.99+floor(Y)*78.23)*sin(floor(X+N*{v})*3.17+floor(Y)*1.91),0.985)"
_PLANET = "lt(hypot(X-235,Y-125),70)"
_WINDOW = "lt(Y,100)*lt(abs(X-160),110+0.3*Y)"
_BUTTONS = ("gt(Y,104)*lt(mod(X,24),8)*lt(mod(Y,16),6)*gt(sin(floor(X/24)*7.1+floor(Y/16)*3.3"
            "+floor(N/6)),0.2)")
_HELMET = "lt(hypot(X-262,Y-100),40)"
_CAKE = "between(X,120,200)*between(Y,92,128)"
_CANDLES = "between(Y,76,92)*lt(mod(X-124,14),3)*between(X,124,196)"
_FLAMES = ("lt(hypot(mod(X-124,14)-1.5,(Y-70-sin(N*2.1))*0.5),2.5)*between(X,122,198)"
           "*between(Y,62,77)")
_KIDS = "(lt(hypot(X-60-4*sin(N*0.2),Y-72),22)+lt(hypot(X-262+5*sin(N*0.17+1),Y-66),24))"

LAVFI.update({
    "linen-g": "color=c=0xc8c4bc:s=320x180:r=24,noise=alls=24:allf=t:all_seed=9200003",
    "runout-g": "color=c=0xf0d8a8:s=320x180:r=24,noise=alls=30:allf=t:all_seed=9300007",
    "parlour-g": _geq(f"if({_PARLOUR_F},245,if({_PARLOUR_S},190,if({_LADY_HAIR}*lt(Y,56),30,"
                      f"if({_LADY_H},120-55*gt(X,219),if({_LADY_G},40+30*lt(X,200),if(gt(Y,118),"
                      f"26+110*{_PARLOUR_GLOW},14+170*{_PARLOUR_GLOW}+12*lt(mod(X,48),2)*gt(Y,92)"
                      "))))))",
                      f"if({_PARLOUR_F},80,if({_PARLOUR_S},118,if({_LADY_H},112,if({_LADY_G},116,"
                      "108))))",
                      f"if({_PARLOUR_F},170,if({_PARLOUR_S},140,if({_LADY_H},150,if({_LADY_G},176,"
                      "152))))"),
    "ballroom-g": _geq(f"if({_CHANDELIER},250,if({_BALL_D},70+40*sin({_BALL_K}*2.3),if(gt(Y,112),"
                       "125+25*gt(sin((X-160)*6/(Y-100)),0),185-0.4*Y-60*lt(mod(X+20,64),10))))",
                       f"if({_BALL_D},128+50*sin({_BALL_K}*1.7),if(gt(Y,112),112,115))",
                       f"if({_BALL_D},128+60*cos({_BALL_K}*2.9),if(gt(Y,112),150,142))"),
    "road-g": _geq(f"if(lt(Y,70),205-0.6*Y,if({_ROAD_CAR},35+60*between(Y,98,102),if({_ROAD},"
                   "85+5*sin(Y*2)+140*lt(abs(X-160-0.03*(Y-70)*(Y-70)*sin(N*0.04)),1+(Y-70)*0.04)"
                   "*lt(mod(900/(Y-66)+N*2.5,12),6),70+25*sin(X/4)*sin(900/(Y-66)+N*2.5))))",
                   f"if(lt(Y,70),150,if({_ROAD_CAR},120,if({_ROAD},128,100)))",
                   f"if(lt(Y,70),112,if({_ROAD_CAR},128+80*between(Y,98,102),"
                   f"if({_ROAD},128,112)))"),
    "carside-g": _geq(f"if({_CAR_WHEEL},if(lt(hypot(X-95,Y-142)*hypot(X-225,Y-142),75),160,20),"
                      f"if({_CAR_CAB},150,if({_CAR_BODY},70+50*lt(abs(Y-112),2),if(lt(Y,30),200,"
                      "if(lt(Y,150),95+55*sin(floor((X+N*38)/11)*2.71),"
                      "78+60*lt(abs(Y-168),2)*lt(mod(X+N*38,60),30))))))",
                      f"if({_CAR_WHEEL},128,if({_CAR_CAB},150,if({_CAR_BODY},100,"
                      "if(lt(Y,30),146,128))))",
                      f"if({_CAR_WHEEL},128,if({_CAR_CAB},118,if({_CAR_BODY},200,"
                      "if(lt(Y,30),116,128+18*sin(floor((X+N*38)/11)*1.3)))))"),
    "nightroad-g": _geq(f"if({_NIGHT_LAMP},250,if({_NIGHT_TAIL},120,8+40*exp(-abs(Y-80)/8)"
                        "+gt(Y,80)*lt(abs(X-160),4+(Y-80)*1.6)*(14+110*lt(abs(X-160),1+(Y-80)*0.04)"
                        "*lt(mod(900/(Y-76)+N*3,12),6))))",
                        f"if({_NIGHT_LAMP},80,if({_NIGHT_TAIL},110,120))",
                        f"if({_NIGHT_LAMP},170,if({_NIGHT_TAIL},220,140))"),
    "kitchen-g": _geq(f"if(gt(Y,118),175+8*sin(X/3),if({_COOK_POT},60,if({_COOK_HAIR},50,if("
                      f"{_COOK_H},170,if({_COOK_B},230,if(between(Y,30,34),90,if(lt(Y,30)"
                      "*lt(mod(X,30),12),120+60*sin(floor(X/30)*1.9),"
                      "205-45*(lt(mod(X,22),2)+lt(mod(Y,22),2))"
                      ")))))))",
                      f"if(gt(Y,118),130,if({_COOK_POT},110,if({_COOK_H}+{_COOK_HAIR},110,if("
                      f"{_COOK_B},128,if(lt(Y,30)*lt(mod(X,30),12),128+60*sin(floor(X/30)*2.7),"
                      "140)))))",
                      f"if(gt(Y,118),126,if({_COOK_POT},190,if({_COOK_H}+{_COOK_HAIR},150,if("
                      f"{_COOK_B},128,if(lt(Y,30)*lt(mod(X,30),12),128+60*cos(floor(X/30)*1.3),"
                      "118)))))"),
    "stovetop-g": _geq(f"if({_PAN_FOOD},120+70*gt(sin(X/6+N*0.25)*sin(Y/7-N*0.2)+0.3*sin(X/2),"
                       f"0.35),if({_PAN}+{_PAN_HANDLE},50,35+60*(lt(mod(X,40),3)"
                       "+lt(mod(Y,40),3))))",
                       f"if({_PAN_FOOD},if({_PAN_GREEN},90,95),128)",
                       f"if({_PAN_FOOD},if({_PAN_GREEN},100,165),128)"),
    "board-g": _geq(f"if({_HAND},160,if({_KNIFE},215,if({_SLICES},170,if({_CARROT},150,"
                    "165+18*sin(Y/2.5+4*sin(X/37))))))",
                    f"if({_HAND},110,if({_KNIFE},128,if({_SLICES}+{_CARROT},72,105)))",
                    f"if({_HAND},150,if({_KNIFE},124,if({_SLICES}+{_CARROT},188,150)))"),
    "shore-g": _geq(f"if({_SHORE_FIG},30,if(lt(Y,60),215-0.5*Y,if({_SHORE_W},230,if(lt(Y,105),"
                    "90+30*sin(X/7+N*0.12+Y*Y/90)*sin(Y/2+N*0.05),175-0.2*(Y-105)+8*sin(X/3)"
                    "*sin(Y/2)-40*exp(-(Y-105)/6)))))",
                    f"if({_SHORE_FIG},128,if(lt(Y,60),145,if(lt(Y,105),140,112)))",
                    f"if({_SHORE_FIG},128,if(lt(Y,60),118,if(lt(Y,105),112,140)))"),
    "blinds-g": _geq(f"if({_PROFILE},15,30+170*{_BLINDS_S}*exp(-hypot(X-120,Y-70)/120))", 124, 134),
    "stars-g": _geq(f"if({_PLANET},20+140*clip((250-X)/90+(110-Y)/150,0,1)+15*sin(Y/6+sin(X/30)),"
                    f"6+230*{_STARS.format(v=1.5)}+25*exp(-hypot(X-70,(Y-50)*1.5)/40))",
                    f"if({_PLANET},150,128+22*exp(-hypot(X-70,(Y-50)*1.5)/40))",
                    f"if({_PLANET},100,128+22*exp(-hypot(X-70,(Y-50)*1.5)/40))"),
    "cockpit-g": _geq(f"if({_HELMET},25+40*lt(hypot(X-240,Y-92),10),if({_WINDOW},"
                      "if(lt(abs(X-160),3)"
                      f",60,6+230*{_STARS.format(v=4)}),if({_BUTTONS},200,if(gt(Y,100),45,35))))",
                      f"if({_BUTTONS},128+90*sin(floor(X/24)*2.1),132)",
                      f"if({_BUTTONS},128+90*cos(floor(X/24)*1.7),124)"),
    "birthday-g": _geq(f"if({_FLAMES},250,if({_CANDLES},230,if({_CAKE},225,if({_KIDS},if(lt(Y,60),"
                       "60,165),if(gt(Y,100),200-40*lt(mod(X,24),12)*lt(mod(Y,24),12),150+20*gt("
                       "sin(X/8)*sin(Y/8),0.3))))))",
                       f"if({_FLAMES},80,if({_CANDLES},140,if({_CAKE},120,if({_KIDS},110,"
                       "if(gt(Y,100),"
                       "128,110)))))",
                       f"if({_FLAMES},170,if({_CANDLES},130,if({_CAKE},150,if({_KIDS},150,"
                       "if(gt(Y,100),"
                       "128+40*lt(mod(X,24),12)*lt(mod(Y,24),12),160)))))"),
    "credits-g": f"color=c=0x0a0806:s=320x180:r=24,drawtext=fontfile={SERIF}:fontsize=13:"
                 "fontcolor=0xf0e6d0:line_spacing=10:textfile=CLOSINGREEL:x=(w-tw)/2:y=h-2.1*n",
})
CLOSINGREEL = "\n".join(["Screenplay by", "A Candle and a Quill", "", "Stunt Driving",
                         "The Red Coupe", "", "Food Styling", "The Frying Pan", "",
                         "Visual Effects", "A Distant Planet", "", "Home Movies Courtesy of",
                         "The Birthday Table", "", "With Thanks to", "Big Buck Bunny", "",
                         "The Seventh Reel"])
# Sources added for held-out-h (own seeds again: nothing random is shared with 00-47). Drawn
# scenes for six more kinds of film: a fishing harbour with bobbing boats, a fish market under
# striped awnings with shoppers passing, nets hauled over a deck and a trawlerman interviewed
# (a documentary); a club with laser beams fanning over the crowd, a keyboard player before an
# LED wall, a neon tunnel flown through and a singer in silhouette (a music video); a one-street
# desert town in one-point perspective, a red canyon crossed by a rider, a windmill and a
# campfire (a western); a wet street under neon signs (one blinking), a diner window, a parking
# garage lit by tubes (one failing) and a face lit magenta and cyan (a neon noir); a mountain
# lake with its reflection, time-lapse clouds over a ridge, a meadow of swaying flowers and a
# waterfall (a nature film); a room with a hopping cat, a rocket in a flat sky, a runner on a
# green hill and the cat's face, all flat colours and animated on twos (a cartoon).
_BOATS = [(62, "(104+3*sin(N*0.11))"), (164, "(112+3*sin(N*0.09+2))"),
          (262, "(100+2.5*sin(N*0.13+4))")]
_HULLS = "+".join(f"lt(abs(X-{x}),27-0.9*(Y-{y}))*between(Y,{y},{y}+13)" for x, y in _BOATS)
_CABINS = "+".join(f"between(X,{x - 9},{x + 11})*between(Y,{y}-13,{y})" for x, y in _BOATS)
_MASTS = "+".join(f"lt(abs(X-{x - 13}),1)*between(Y,{y}-52,{y})" for x, y in _BOATS)
_HARB_SKY = "lt(Y,64+9*sin(X/37)+4*sin(X/11+1))"
_AWNING = "lt(Y,38+4*sin(X/16))"
_STRIPE = "lt(mod(X+3*sin(Y/5),36),18)"
_CRATE = "gt(Y,112)*lt(mod(X+6,72),66)*lt(mod(Y-112,36),31)"
_FISH = "gt(sin(X/2.6+2*sin(Y/4))*sin(Y/1.9+X/9),0.2)"
_SHOPPER = ("(lt(abs(mod(X+N*2.2,150)-75),11)*between(Y,58,126)"
            "+lt(hypot(mod(X+N*2.2,150)-75,Y-48),10))")
_SHOPPER_K = "floor((X+N*2.2)/150)"
_MESH = "(lt(abs(sin((X+Y+N*1.4)/7)),0.13)+lt(abs(sin((X-Y+N*1.4)/7)),0.13))"
_FLOAT = "lt(hypot(mod(X+N*1.4,96)-48,mod(Y+30,90)-45),13)"
_GLOVE = "lt(hypot((X-262)/30,(Y-96-18*sin(N*0.16))/17),1)"
_FISHER_X = "(X-204-1.5*sin(N*0.09))"
_FISHER_HAT = f"lt(hypot({_FISHER_X},(Y-58)*1.25),26)*lt(Y,66)"
_FISHER_BEARD = f"lt(hypot({_FISHER_X},(Y-96)*1.1),19)*gt(Y,90)"
_FISHER_HEAD = f"lt(hypot({_FISHER_X},(Y-80)*0.85),25)"
_FISHER_COAT = "lt(hypot((X-204)/66,(Y-184)/62),1)"
_BOKEH = "exp(-hypot(mod(X,58)-29,mod(Y,46)-23)/7)"
_LASER = "lt(abs(sin(atan2(X-160,Y+8)*9+N*0.23)),0.07)"
_HEADS = "gt(Y,142+9*abs(sin(X/11))+4*sin(N*0.5+floor(X/22)*1.3))"
_LED = "lt(Y,112)*lt(mod(X,20),16)*lt(mod(Y,20),16)"
_LED_ON = "gt(sin(floor(X/20)*1.3+floor(Y/20)*2.1+floor(N/4)*0.9),0.2)"
_BLACKKEY = "lt(abs(mod(X,18)-15),3.5)*lt(Y,156)*gt(sin(floor(X/18)*2.2),-0.4)"
_PRESSED = "eq(floor(X/18),mod(floor(N/3)*7,18))"
_KEYPLAYER = "(lt(hypot(X-160-3*sin(N*0.3),Y-64),14)+between(X,134,186)*between(Y,76,134))"
_TUN_D = "max(abs(X-160)/1.7,abs(Y-90))"
_TUN_Z = f"(420/({_TUN_D}+3)+N*0.55)"
_TUN_RING = f"lt(mod({_TUN_Z},4),0.6)"
_SING_X = "(X-160-4*sin(N*0.2))"
_SINGER = f"(lt(hypot({_SING_X},(Y-78)*0.9),30)+lt(hypot((X-160)/84,(Y-196)/64),1))"
_SING_RIM = f"lt(abs(hypot({_SING_X},(Y-78)*0.9)-28),2)*lt(Y,100)"
_MIC = "between(X,152,158)*between(Y,102,150)"
# The western town in one-point perspective: façades between a roof line rising and a ground
# line falling away from the vanishing point (160, 84), the street between the boardwalks.
_DX = "(abs(X-160)-14)"
_TOWN_BUILD = f"gt({_DX},0)*gt(Y,84-0.62*{_DX})*lt(Y,84+0.45*{_DX})"
_TOWN_GROUND = f"gt(Y,84)*(lt({_DX},0)+gte(Y,84+0.45*{_DX}))"
_TOWN_STREET = "lt(abs(X-160),1.5*(Y-84)+4)"
_TOWN_SEG = "floor(700/(abs(X-160)+12))"
_TOWN_WIN = (f"between(mod(700/(abs(X-160)+12),1),0.4,0.62)*lt(abs(Y-84+0.085*{_DX}),"
             f"0.22*{_DX})")
_GUNMAN = "(lt(abs(X-160),1.5)*between(Y,76,88)+lt(hypot(X-160,Y-74),2))"
_CANYON = "(lt(X,84+22*sin(Y/17)+8*sin(Y/5))+gt(X,232+18*sin(Y/13+1)+6*sin(Y/4.3)))"
_RIDER_X = "(mod(N*1.7,440)-60)"
_RIDER = (f"(lt(hypot((X-{_RIDER_X})/19,(Y-122)/8),1)+lt(hypot(X-{_RIDER_X}-5,Y-102),5)"
          f"+lt(abs(X-{_RIDER_X}-5),3)*between(Y,106,118)+lt(abs(mod(X-{_RIDER_X}+16,9)-4.5),"
          f"1.3)*between(Y,128,142)*lt(abs(X-{_RIDER_X}),16))")
_FIRE = "lt(hypot(X-160+3*sin(N*1.7+Y/5),(Y-136)*0.5),12+3*sin(N*2.3))*lt(Y,150)"
_FIRE_GLOW = "exp(-hypot(X-160,Y-140)/(42+5*sin(N*1.3)+3*sin(N*3.1)))"
_COWBOYS = ("(lt(hypot(X-78,Y-100),10)+between(X,62,94)*between(Y,88,91)"
            "+lt(hypot((X-78)/21,(Y-136)/30),1)+lt(hypot(X-246,Y-98),10)"
            "+between(X,230,262)*between(Y,86,89)+lt(hypot((X-246)/21,(Y-134)/30),1))")
_LOGS = ("(lt(abs(Y-150-0.3*(X-160)),3)*lt(abs(X-160),26)"
         "+lt(abs(Y-150+0.3*(X-160)),3)*lt(abs(X-160),26))")
_MILL_R = "hypot(X-206,Y-56)"
_MILL = (f"(lt({_MILL_R},44)*gt({_MILL_R},5)*gt(cos((atan2(Y-56,X-206)+N*0.12)*16),0.45)"
         f"+lt({_MILL_R},5)+between(Y,56,134)*(lt(abs(X-206+0.14*(Y-56)),1.5)"
         "+lt(abs(X-206-0.14*(Y-56)),1.5)+lt(abs(mod(Y,14)-7),0.8)*lt(abs(X-206),0.14*(Y-56)))"
         "+between(X,206,246)*between(Y,52,60))")
_SIGN_M = ("between(X,36,124)*between(Y,20,46)*(lt(abs(Y-21),2)+lt(abs(Y-45),2)+lt(abs(X-37),2)"
           "+lt(abs(X-123),2)+lt(abs(Y-33),1.5)*between(X,50,110))")
_SIGN_C = "between(X,228,246)*between(Y,8,92)*(lt(abs(X-229),2)+lt(abs(X-245),2)+lt(mod(Y,14),2))"
_SIGN_ON = "gte(mod(N,17),3)"
_WOB = "(X+3*sin(Y/2+N*0.4))"
_PUDDLE_M = f"exp(-hypot({_WOB}-80,(Y-170)*0.45)/18)"
_PUDDLE_C = f"{_SIGN_ON}*exp(-abs({_WOB}-237)/5)*gt(Y,110)"
_GLOW_M = "exp(-hypot(X-80,Y-33)/28)"
_RAIN_H = "gt(sin(X*1.7)*sin((Y+N*13)/5+X*3.3),0.96)"
_LIT = "lt(mod(X,30),18)*lt(mod(Y,16),9)*gt(sin(floor(X/30)*7.3+floor(Y/16)*3.1),0.7)"
_DINER_WIN = "between(X,28,292)*between(Y,44,128)"
_MULLION = "lt(mod(X-28,66),2)"
_PATRON = "(lt(hypot(X-204-2*sin(N*0.05),Y-80),12)+between(X,190,218)*between(Y,90,128))"
_BOOTH = "gt(Y,100)*lt(mod(X,66),44)"
_PILLARS = "gt(abs(X-160),30)*lt(mod(2400/(abs(X-160)+30),6),1.2)"
_TUBES = "lt(Y,86)*lt(abs(X-160),1+0.25*(90-Y))*lt(mod(500/(92-Y),8),1.6)"
_TUBE_OUT = "eq(floor(500/(92-Y)/8),3)*lt(mod(N,23),2)"
_BAYS = "gt(Y,96)*lt(abs(sin((X-160)/(Y-84)*3)),0.08)"
_FN_X = "(X-160-1.2*sin(N*0.07))"
_FN_HEAD = f"lt(hypot({_FN_X},(Y-84)*0.8),42)"
_FN_HAT = f"(lt(hypot({_FN_X}/1.9,(Y-46)*1.4),30)*lt(Y,54)+lt(abs({_FN_X}),30)*between(Y,24,50))"
_FN_COAT = "lt(hypot((X-160)/100,(Y-204)/70),1)"
_FN_MAG = f"clip(-{_FN_X}/42,0,1)"
_FN_CYAN = f"clip({_FN_X}/42,0,1)"
_FN_EMBER = "lt(hypot(X-186,Y-110),3)"
_RIDGE = "(66-38*abs(sin(X/58+0.5))-11*abs(sin(X/21)))"
_MIRROR_Y = "(212-Y+1.5*sin(X/5+N*0.2))"
_FL_X = "(X+6*sin(N*0.07+Y/40)+23*mod(floor(Y/46),2))"
_FL_CELL = f"(floor({_FL_X}/46)*2.1+floor(Y/46)*3.7)"
_FL_R = f"hypot(mod({_FL_X},46)-23,mod(Y,46)-23)"
_CLOUD = "sin(X/31-N*0.35+sin(Y/17))*sin(Y/13+X/53-N*0.2)"
_RIDGE2 = "gt(Y,138+14*sin(X/40)+5*sin(X/9))"
_FALL = "lt(abs(X-160+6*sin(Y/30)),28+0.16*Y)*lt(Y,150)"
_T = "floor(N/2)"  # a cartoon is drawn on twos: each drawing held for two frames
_CAT_X = f"(120+50*sin({_T}*0.11))"
_CAT_Y = f"(104-24*abs(sin({_T}*0.22)))"
_CAT = (f"(lt(hypot(X-{_CAT_X},Y-{_CAT_Y}),14)+lt(abs(abs(X-{_CAT_X})-8),(Y-{_CAT_Y}+20)*0.5)"
        f"*between(Y,{_CAT_Y}-20,{_CAT_Y}-10)+lt(hypot((X-{_CAT_X})/19,(Y-{_CAT_Y}-24)/12),1))")
_CAT_EYE = f"lt(hypot(abs(X-{_CAT_X})-5,Y-{_CAT_Y}+2),3)"
_TOON_WIN = "between(X,30,112)*between(Y,18,82)"
_SOFA = "between(X,172,302)*between(Y,88,142)"
_RKT_Y = f"(160-mod({_T}*3,230))"
_RKT_BODY = f"between(X,150,170)*between(Y,{_RKT_Y},{_RKT_Y}+40)"
_RKT_PORT = f"lt(hypot(X-160,Y-{_RKT_Y}-12),5)"
_RKT_RED = (f"(lt(abs(X-160),(Y-{_RKT_Y}+16)*0.62)*between(Y,{_RKT_Y}-16,{_RKT_Y})"
            f"+lt(abs(X-160),10+(Y-{_RKT_Y}-28)*0.8)*between(Y,{_RKT_Y}+28,{_RKT_Y}+40))")
_RKT_FLAME = f"lt(abs(X-160),7-(Y-{_RKT_Y}-40)*0.3)*between(Y,{_RKT_Y}+40,{_RKT_Y}+62)"
_TOON_CLOUD = (f"lt(hypot((mod(X+{_T}*4,210)-105)/42,(Y-44-70*mod(floor((X+{_T}*4)/210),2))/14)"
               ",1)")
_RUN_X = f"(mod({_T}*5,420)-50)"
_RUNNER = (f"(lt(hypot(X-{_RUN_X},Y-116),10)+lt(abs(X-{_RUN_X}-6*(2*mod({_T},2)-1)*(Y-126)/10),"
           "2)*between(Y,124,136))")
_TOON_SUN = "lt(hypot(X-262,Y-40),21)"
_HILL_NEAR = "lt(hypot((X-170)/250,(Y-272)/150),1)"
_HILL_FAR = "lt(hypot((X-30)/150,(Y-236)/120),1)"
_CATFACE = ("(lt(hypot(X-160,(Y-104)*0.92),72)+lt(abs(X-104),(Y-8)*0.55)*between(Y,8,56)"
            "+lt(abs(X-216),(Y-8)*0.55)*between(Y,8,56))")
_BLINK = f"lt(mod({_T},22),2)"
_CAT_EYES = "lt(hypot(abs(X-160)-32,Y-88),13)"
_CAT_LIDS = "lt(abs(Y-88),2)*lt(abs(abs(X-160)-32),13)"
_CAT_PUPILS = f"lt(hypot(abs(X-160+3*sin({_T}*0.4))-32,Y-90),5)"
_CAT_NOSE = "lt(abs(X-160),(118-Y)*0.9)*between(Y,108,118)"
_CAT_MOUTH = "lt(abs(hypot(abs(X-160)-9,Y-120)-9),1.4)*gt(Y,120)"

LAVFI.update({
    "harbour-h": _geq(f"if({_MASTS},40,if({_CABINS},215,if({_HULLS},78,if({_HARB_SKY},210-0.6*Y,"
                      "if(lt(Y,86),85+10*sin(X/5)*sin(Y/3),75+22*sin(X/5+N*0.21+Y*Y/90)"
                      "*sin(Y/2.2-N*0.1)+0.35*(Y-86))))))",
                      f"if({_MASTS}+{_CABINS},128,if({_HULLS},if(lt(X,110),112,if(lt(X,215),176,"
                      f"100)),if({_HARB_SKY},150,if(lt(Y,86),122,140))))",
                      f"if({_MASTS}+{_CABINS},128,if({_HULLS},if(lt(X,110),194,if(lt(X,215),112,"
                      f"150)),if({_HARB_SKY},114,if(lt(Y,86),124,118))))"),
    "market-h": _geq(f"if({_AWNING},if({_STRIPE},205,95),if({_SHOPPER},38,if({_CRATE},if({_FISH},"
                     "190,120),if(gt(Y,112),45,62+14*lt(mod(X,24),2)+14*lt(mod(Y,24),2)))))",
                     f"if({_AWNING},if({_STRIPE},124,108),if({_SHOPPER},128+30*sin({_SHOPPER_K}"
                     f"*2.3),if({_CRATE},if({_FISH},134,118),120)))",
                     f"if({_AWNING},if({_STRIPE},134,200),if({_SHOPPER},128+30*cos({_SHOPPER_K}"
                     f"*1.9),if({_CRATE},if({_FISH},124,150),138)))"),
    "nets-h": _geq(f"if({_GLOVE},185,if({_FLOAT},150,if({_MESH},205,80+16*sin(Y/3.2+sin(X/40)))))",
                   f"if({_GLOVE},52,if({_FLOAT},70,if({_MESH},122,112)))",
                   f"if({_GLOVE},150,if({_FLOAT},200,if({_MESH},134,146)))"),
    "fisher-h": _geq(f"if({_FISHER_HAT},55,if({_FISHER_BEARD},100,if({_FISHER_HEAD},155,if("
                     f"{_FISHER_COAT},175+10*sin(X/9),168-0.45*Y+40*{_BOKEH}*lt(Y,110)))))",
                     f"if({_FISHER_HAT},150,if({_FISHER_BEARD},120,if({_FISHER_HEAD},110,if("
                     f"{_FISHER_COAT},42,if(lt(Y,96),148,140)))))",
                     f"if({_FISHER_HAT},96,if({_FISHER_BEARD},136,if({_FISHER_HEAD},155,if("
                     f"{_FISHER_COAT},152,if(lt(Y,96),116,120)))))"),
    # The beams change colour every 12 frames (on the beat), inside the shot.
    "club-h": _geq(f"if({_HEADS},10,min(250,16+210*{_LASER}*exp(-Y/170)"
                   "+34*exp(-hypot(X-160,Y)/75)))",
                   f"if({_HEADS},128,128+{_LASER}*85*cos(floor(N/12)*1.7))",
                   f"if({_HEADS},128,128+{_LASER}*90*sin(floor(N/12)*1.7))"),
    "synth-h": _geq(f"if({_KEYPLAYER},14,if(gt(Y,134),if({_BLACKKEY},22,if({_PRESSED},150,225)),"
                    f"if({_LED},40+170*{_LED_ON},20)))",
                    f"if({_KEYPLAYER}+gt(Y,134),128,if({_LED},128+85*sin(floor(X/20)*0.7"
                    "+floor(N/8)),128))",
                    f"if({_KEYPLAYER}+gt(Y,134),128,if({_LED},128+85*cos(floor(Y/20)*0.9"
                    "+floor(N/8)),128))"),
    "tunnel-h": _geq(f"8+225*{_TUN_RING}*min(1,{_TUN_D}/25)",
                     f"128+90*{_TUN_RING}*sin(floor({_TUN_Z}/4)*1.9)",
                     f"128+90*{_TUN_RING}*cos(floor({_TUN_Z}/4)*1.9)"),
    "singer-h": _geq(f"if({_MIC},175,if({_SINGER},12+40*{_SING_RIM},80+55*sin(Y/40+N*0.05)"
                     "+20*sin(X/50)))",
                     f"if({_MIC}+{_SINGER},128,172)", f"if({_MIC}+{_SINGER},128,192)"),
    "mainstreet-h": _geq(f"if({_GUNMAN},30,if({_TOWN_BUILD},150+40*sin({_TOWN_SEG}*2.3)"
                         f"-70*{_TOWN_WIN},if({_TOWN_GROUND},if({_TOWN_STREET},178"
                         "+8*sin(Y*Y/30),120+20*lt(mod(Y,6),1)),232-0.5*Y)))",
                         f"if({_GUNMAN},128,if({_TOWN_BUILD},118+10*sin({_TOWN_SEG}*1.3),"
                         f"if({_TOWN_GROUND},if({_TOWN_STREET},112,115),140)))",
                         f"if({_GUNMAN},128,if({_TOWN_BUILD},142+15*cos({_TOWN_SEG}*1.9),"
                         f"if({_TOWN_GROUND},if({_TOWN_STREET},146,145),122)))"),
    "canyon-h": _geq(f"if({_CANYON},105+28*sin(Y/6+X/25)+10*sin(Y/2.1),if({_RIDER},22,if(lt(Y,62),"
                     "220-0.6*Y,165+10*sin(X/6)*sin(Y/3))))",
                     f"if({_CANYON},98,if({_RIDER},128,if(lt(Y,62),150,108)))",
                     f"if({_CANYON},172+8*sin(Y/6),if({_RIDER},128,if(lt(Y,62),114,150)))"),
    "campfire-h": _geq(f"if({_FIRE},245,if({_LOGS},30,if({_COWBOYS},8+90*{_FIRE_GLOW}"
                       f"*lt(abs(X-160),110),6+170*{_FIRE_GLOW}+60*gt(sin(X*17.3+Y*41.9)"
                       "*sin(X*5.13-Y*2.77),0.985)"
                       "*lt(Y,80))))",
                       f"if({_FIRE},50,128-28*{_FIRE_GLOW})",
                       f"if({_FIRE},185,128+42*{_FIRE_GLOW})"),
    "windmill-h": _geq(f"if({_MILL},35,if(gt(Y,134),140+12*sin(X/4+Y*Y/50),215-0.5*Y"
                       "+15*sin(X/70)))",
                       f"if({_MILL},128,if(gt(Y,134),108,146))",
                       f"if({_MILL},128,if(gt(Y,134),146,118))"),
    "neonstreet-h": _geq(f"min(250,if({_SIGN_M},215,if({_SIGN_C},30+180*{_SIGN_ON},if(gt(Y,104),"
                         f"14+70*{_PUDDLE_M}+80*{_PUDDLE_C},12+60*{_LIT}+50*{_GLOW_M}+40*{_SIGN_ON}"
                         f"*exp(-abs(X-237)/14)))+40*{_RAIN_H}))",
                         f"if({_SIGN_M},175,if({_SIGN_C},128+62*{_SIGN_ON},if(gt(Y,104),128+35"
                         f"*{_PUDDLE_M}+50*{_PUDDLE_C},132+30*{_GLOW_M})))",
                         f"if({_SIGN_M},215,if({_SIGN_C},128-65*{_SIGN_ON},if(gt(Y,104),128+55"
                         f"*{_PUDDLE_M}-40*{_PUDDLE_C},128+40*{_GLOW_M})))"),
    "diner-h": _geq(f"if({_DINER_WIN},if({_MULLION},30,if({_PATRON},40,if({_BOOTH},110,"
                    "175-0.4*Y+20*gt(sin((X+Y)/9),0.97)))),if(gt(Y,150),18+30*exp(-hypot(X-160,"
                    "(Y-150)*3)/60),22))",
                    f"if({_DINER_WIN},if({_BOOTH},120,100),150)",
                    f"if({_DINER_WIN},if({_BOOTH},185,150),118)")
               + f",drawtext=fontfile={FONT}:fontsize=22:fontcolor=0xff2a60:text='OPEN':x=130"
                 ":y=12:enable='lt(mod(n,29),25)'",
    "garage-h": _geq(f"min(250,if({_TUBES},240*(1-0.85*{_TUBE_OUT}),if({_PILLARS},80,if(lt(Y,90),"
                     f"34,40+100*{_BAYS})))+35*exp(-hypot(X-160,Y-40)/80))",
                     "122", "118"),
    "faceneon-h": _geq(f"if({_FN_EMBER},200+40*sin(N*0.2),if({_FN_HAT},10,if({_FN_HEAD},25"
                       f"+100*{_FN_MAG}+80*{_FN_CYAN},if({_FN_COAT},15,10+30*exp(-hypot(X-40,Y-40)"
                       f"/60)+30*{_RAIN_H}))))",
                       f"if({_FN_EMBER},110,if({_FN_HAT}+{_FN_COAT},128,if({_FN_HEAD},128+45"
                       f"*{_FN_MAG}+60*{_FN_CYAN},140)))",
                       f"if({_FN_EMBER},200,if({_FN_HAT}+{_FN_COAT},128,if({_FN_HEAD},128+70"
                       f"*{_FN_MAG}-55*{_FN_CYAN},138)))"),
    "lake-h": _geq(f"if(lt(Y,{_RIDGE}),215-0.7*Y,if(lt(Y,98),if(lt(Y,{_RIDGE}+13+5*sin(X/7)),232,"
                   "88+16*sin(X/4+Y/3)),if(lt(Y,106),48+8*sin(X/2.5),if(gt("
                   f"{_MIRROR_Y},98),40,if(gt({_MIRROR_Y},{_RIDGE}),70+10*sin(X/4),170-0.3"
                   f"*{_MIRROR_Y}))+10*sin(X/3+N*0.3)*sin(Y*1.3))))",
                   f"if(lt(Y,{_RIDGE}),152,if(lt(Y,98),126,if(lt(Y,106),116,if(gt({_MIRROR_Y},"
                   f"{_RIDGE}),124,146))))",
                   f"if(lt(Y,{_RIDGE}),112,if(lt(Y,98),128,if(lt(Y,106),118,if(gt({_MIRROR_Y},"
                   f"{_RIDGE}),126,116))))"),
    "flowers-h": _geq(f"if(lt({_FL_R},4),200,if(lt({_FL_R},10+3*sin({_FL_CELL})),170+40*sin("
                      f"{_FL_CELL}*1.3),80+22*sin(X/17+Y/23)+10*sin(X/5+N*0.05)))",
                      f"if(lt({_FL_R},4),50,if(lt({_FL_R},10+3*sin({_FL_CELL})),128+70*sin("
                      f"{_FL_CELL}),98))",
                      f"if(lt({_FL_R},4),150,if(lt({_FL_R},10+3*sin({_FL_CELL})),128+70*cos("
                      f"{_FL_CELL}*1.7),108))"),
    "clouds-h": _geq(f"if({_RIDGE2},38+8*sin(X/3)*sin(Y/2)+20*gt(sin(X/31-N*0.35),0.2),if(gt("
                     f"{_CLOUD},0.25),225-50*({_CLOUD}-0.25),150-0.4*Y))",
                     f"if({_RIDGE2},116,if(gt({_CLOUD},0.25),128,160))",
                     f"if({_RIDGE2},118,if(gt({_CLOUD},0.25),126,108))"),
    "waterfall-h": _geq(f"if({_FALL},175+55*gt(sin(X*1.9+floor(X/3))*sin((Y-N*9)/4),0.25),if("
                        "gt(Y,146),150+50*gt(sin(X/3+N*0.7)*sin(Y/2-N*0.5),0.3),55+22*sin(X/7)"
                        "*sin(Y/5)+12*sin(X/23+Y/31)))",
                        f"if({_FALL}+gt(Y,146),134,116)", f"if({_FALL}+gt(Y,146),122,118)"),
    "toonroom-h": _geq(f"if({_CAT_EYE},235,if({_CAT},70,if({_TOON_WIN},if(lt(abs(X-71),2)"
                       f"+lt(abs(Y-50),2),240,190),if({_SOFA},if(lt(abs(Y-112),1.5),60,95),"
                       "if(gt(Y,122),112,200)))))",
                       f"if({_CAT_EYE}+{_CAT},128,if({_TOON_WIN},if(lt(abs(X-71),2)+lt(abs(Y-50),"
                       f"2),128,172),if({_SOFA},110,if(gt(Y,122),100,82))))",
                       f"if({_CAT_EYE}+{_CAT},128,if({_TOON_WIN},if(lt(abs(X-71),2)+lt(abs(Y-50),"
                       f"2),128,100),if({_SOFA},205,if(gt(Y,122),160,140))))"),
    "toonsky-h": _geq(f"if({_RKT_FLAME},200,if({_RKT_RED},95,if({_RKT_PORT},120,if({_RKT_BODY},"
                      f"228,if({_TOON_CLOUD},245,172)))))",
                      f"if({_RKT_FLAME},48,if({_RKT_RED},100,if({_RKT_PORT},180,if({_RKT_BODY},"
                      f"128,if({_TOON_CLOUD},128,172)))))",
                      f"if({_RKT_FLAME},190,if({_RKT_RED},222,if({_RKT_PORT},100,if({_RKT_BODY},"
                      f"128,if({_TOON_CLOUD},128,98)))))"),
    "toonhill-h": _geq(f"if({_RUNNER},95,if({_TOON_SUN},232,if({_HILL_NEAR},142,if({_HILL_FAR},"
                       "112,190))))",
                       f"if({_RUNNER},100,if({_TOON_SUN},40,if({_HILL_NEAR},82,if({_HILL_FAR},92,"
                       "150))))",
                       f"if({_RUNNER},212,if({_TOON_SUN},150,if({_HILL_NEAR},90,if({_HILL_FAR},96,"
                       "108))))"),
    # The cat blinks (eyes shut for two drawings, four frames) every 44 frames.
    "toonface-h": _geq(f"if({_CAT_NOSE},120,if({_CAT_MOUTH},25,if({_CAT_EYES}*(1-{_BLINK}),if("
                       f"{_CAT_PUPILS},15,240),if({_CAT_LIDS}*{_BLINK},20,if({_CATFACE},150,"
                       "182)))))",
                       f"if({_CAT_NOSE},120,if({_CATFACE},126,140))",
                       f"if({_CAT_NOSE},175,if({_CATFACE},132,168))"),
    "credits-h": f"color=c=black:s=320x180:r=24,drawtext=fontfile={FONT}:fontsize=12:"
                 "fontcolor=0xfff0e0:line_spacing=11:textfile=WRAPPARTY:x=(w-tw)/2:y=h-2.3*n",
})
WRAPPARTY = "\n".join(["Directed by", "An Eighth Pair of Hands", "", "Harbour Footage",
                       "The Trawler Fleet", "", "Neon Signs", "Lent by the Night", "",
                       "Stunt Rider", "A Silhouette on a Horse", "", "Animation",
                       "Drawn on Twos", "", "With Thanks to", "Big Buck Bunny", "",
                       "The Eighth Reel"])
# Text files for drawtext: placeholder in a source -> (file in the output directory, text).
TEXT_FILES = {"CREDITS": ("credits.txt", CREDITS), "ENDROLL": ("endroll.txt", ENDROLL),
              "CASTLIST": ("castlist.txt", CASTLIST), "ROLLCALL": ("rollcall.txt", ROLLCALL),
              "SIGNOFF": ("signoff.txt", SIGNOFF),
              "CURTAINCALL": ("curtaincall.txt", CURTAINCALL),
              "CLOSINGREEL": ("closingreel.txt", CLOSINGREEL),
              "WRAPPARTY": ("wrapparty.txt", WRAPPARTY)}

FX = {  # effects applied inside a segment (n = frame within the segment)
    "grain": "noise=alls=20:allf=t",
    "dark": "eq=brightness=-0.3",
    "letterbox": "scale=320:136,pad=320:180:0:22:black",
    "sepia": "colorchannelmixer=.393:.769:.189:0:.349:.686:.168:0:.272:.534:.131",
    "pan": "scale=640:360,crop=320:180:x='min(n*12,320)':y='min(n*4,180)'",
    "whip": "scale=640:360,crop=320:180:x='160+160*sin(n*0.3)':y=90",
    "zoom": "zoompan=z='1+0.012*in':d=1:s=320x180:fps=24:x='iw/2-iw/zoom/2':y='ih/2-ih/zoom/2'",
    # MID = the middle of the frames not overlapped by the transitions around.
    "flash": "eq=brightness=0.5:enable='between(n,MID,MID+1)'",
    "white": "drawbox=c=white:t=fill:enable='eq(n,MID)'",
    # Added for held-out-b.
    "grain2": "noise=alls=24:allf=t+u:all_seed=8191",
    "dim": "eq=brightness=-0.22:gamma=0.75",
    "scope": "scale=320:134,pad=320:180:0:23:black",
    "tilt": "scale=640:360,crop=320:180:x=160:y='min(n*5,180)'",
    "whip2": "scale=640:360,crop=320:180:x='160-155*sin(n*0.42)':y='90+60*sin(n*0.21)'",
    "zoomout": "zoompan=z='max(1,1.7-0.014*in)':d=1:s=320x180:fps=24:x='iw/2-iw/zoom/2'"
               ":y='ih/2-ih/zoom/2'",
    "flash2": "eq=brightness=0.6:enable='eq(n,MID-2)'",
    "strobe": "eq=brightness=0.45:enable='eq(n,MID-4)+eq(n,MID+3)'",
    # Added for held-out-c.
    "grain3": "noise=alls=14:allf=t:all_seed=524287",
    "grain4": "noise=alls=32:allf=t+u:all_seed=65521",
    "murk": "eq=brightness=-0.26:contrast=0.8:saturation=0.7",
    "night": "eq=gamma=0.5:saturation=0.55,colorbalance=bs=0.2:bm=0.1:rm=-0.05",
    "wide": "scale=320:124,pad=320:180:0:28:black",
    "pillar": "scale=240:180,pad=320:180:40:0:black",
    "sepia2": "colorchannelmixer=.45:.75:.2:0:.36:.62:.16:0:.22:.42:.1",
    "cyan": "colorchannelmixer=.25:.45:.1:0:.3:.55:.2:0:.35:.55:.3",
    "pan2": "scale=480:270,crop=320:180:x='min(n*3,160)':y='min(n*1.5,90)'",
    "panleft": "scale=640:360,crop=320:180:x='max(320-n*14,0)':y='90+40*sin(n*0.1)'",
    "shake": "scale=368:208,crop=320:180:x='24+20*sin(n*1.9)':y='14+11*sin(n*2.7+1)'",
    # A whip pan and a crash zoom centred on MID, a 3-frame flash, a partial white frame.
    "whipmid": "scale=640:360,crop=320:180:x='320/(1+exp((MID-n)*0.8))':y=90",
    "crash": "zoompan=z='1+0.8/(1+exp((MID-in)*0.6))':d=1:s=320x180:fps=24"
             ":x='iw/2-iw/zoom/2':y='ih/2-ih/zoom/2'",
    "flash3": "eq=brightness=0.35:enable='between(n,MID-1,MID+1)'",
    "bolt": "drawbox=c=white@0.7:t=fill:enable='eq(n,MID+1)'",
    # Added for held-out-d.
    "grain5": "noise=alls=26:allf=t:all_seed=1000003",
    "grain6": "noise=alls=38:allf=t+u:all_seed=2147483",
    "rainy": "eq=brightness=-0.2:gamma=0.7:saturation=0.5,colorbalance=bs=0.22:bm=0.08:rs=-0.06",
    "amber": "colorchannelmixer=.5:.55:.12:0:.38:.48:.1:0:.16:.24:.06",
    "magenta": "colorchannelmixer=.9:.2:.2:0:.1:.5:.1:0:.3:.2:.9",
    "green": "colorchannelmixer=.3:.4:.1:0:.3:.7:.2:0:.15:.3:.2",
    "academy": "scale=246:180,pad=320:180:37:0:black",
    "boxed": "scale=272:152,pad=320:180:24:14:black",
    "stage": "eq=brightness=-0.15:gamma=0.65,vignette=angle=1.0",
    # Old film: brightness flicker, gate weave, vertical scratches (on and off).
    "flicker": "eq=brightness='0.07*sin(n*2.9)':eval=frame",
    "weave": "scale=340:192,crop=320:180:x='10+3*sin(n*0.9)':y='6+5*sin(n*1.7)'",
    "scratches": "drawbox=x='iw*0.26':y=0:w='iw/160':h=ih:c=white@0.5:t=fill"
                 ":enable='lt(mod(n,7),3)',drawbox=x='iw*0.72':y=0:w='iw/320':h=ih"
                 ":c=black@0.6:t=fill:enable='gt(mod(n,5),2)'",
    "shake2": "scale=360:204,crop=320:180:x='20+15*sin(n*2.3)+4*sin(n*5.1)':y='12+10*sin(n*3.1)'",
    "crane": "scale=560:316,crop=320:180:x='min(n*4,240)':y='max(136-n*3,0)'",
    "pushin": "zoompan=z='1+0.02*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)*0.3'"
              ":y='(ih-ih/zoom)*0.7'",
    "hueshift": "hue=h='n*6'",
    "pulse": "eq=brightness='0.12*sin(n*1.6)':eval=frame",
    # A swish pan centred on MID (the other way), camera flashes, a half-frame flash, a strobe.
    "swish": "scale=640:360,crop=320:180:x='320-320/(1+exp((MID-n)*0.9))':y='90+30*sin(n*0.2)'",
    "camflash": "eq=brightness=0.5:contrast=0.85:enable='eq(n,MID-5)+eq(n,MID+2)'",
    "halfflash": "drawbox=x=0:y=0:w='iw/2':h=ih:c=white@0.6:t=fill:enable='eq(n,MID)'",
    "strobe2": "eq=brightness=0.5:enable='eq(n,MID-5)+eq(n,MID)+eq(n,MID+5)'",
    # Added for held-out-e.
    "grain7": "noise=alls=18:allf=t:all_seed=3000017",
    "grain8": "noise=alls=30:allf=t+u:all_seed=4000037",
    "moonlit": "eq=brightness=-0.12:gamma=0.6:saturation=0.5,colorbalance=bs=0.18:bm=0.1:rh=-0.05",
    "golden": "colorbalance=rs=0.06:rm=0.1:bs=-0.08:bm=-0.06",
    "mono": "hue=s=0",
    "sepia3": "colorchannelmixer=.40:.70:.17:0:.35:.64:.15:0:.26:.50:.11",
    "bluetint": "hue=s=0,colorchannelmixer=rr=.55:gg=.72:bb=1",
    "anamorphic": "scale=320:132,pad=320:180:0:24:black",
    "fourthree": "scale=232:174,pad=320:180:44:3:black",
    "closer": "crop=iw*0.7:ih*0.7:iw*0.16:ih*0.1,scale=320:180",
    "mirror": "hflip",
    "drift": "scale=400:225,crop=320:180:x='min(n*1.0,80)':y=22",
    "rise": "scale=400:225,crop=320:180:x=40:y='max(45-n*0.8,0)'",
    "creep": "zoompan=z='1+0.006*in':d=1:s=320x180:fps=24:x='iw/2-iw/zoom/2':y='ih/2-ih/zoom/2'",
    "handheld": "scale=352:198,crop=320:180:x='16+7*sin(n*0.6)+3*sin(n*1.7)':y='9+5*sin(n*0.9+2)'",
    # Old film: a milder flicker and weave, dust specks, an iris vignette.
    "flicker2": "eq=brightness='0.045*sin(n*3.3)+0.025*sin(n*7.1)':eval=frame",
    "weave2": "scale=336:189,crop=320:180:x='8+2*sin(n*1.3)':y='4+3*sin(n*2.1)'",
    "dust": "drawbox=x=70:y=40:w=3:h=2:c=black@0.8:t=fill:enable='eq(mod(n,9),2)',"
            "drawbox=x=240:y=120:w=2:h=3:c=white@0.7:t=fill:enable='eq(mod(n,11),5)'",
    "iris": "vignette=angle=1.1",
    # TV graphics: a lower third and a news ticker crawling in from the right.
    "lowerthird": f"drawbox=x=0:y=128:w=320:h=24:c=0x0a2a6a@0.9:t=fill,drawtext=fontfile={FONT}"
                  ":fontsize=12:fontcolor=white:text='LIVE  Harbour District':x=12:y=134",
    "ticker": f"drawbox=x=0:y=162:w=320:h=18:c=0x202020@0.9:t=fill,drawtext=fontfile={FONT}"
              ":fontsize=11:fontcolor=0xffd040:text='Harbour bridge reopens  +++  Rain expected"
              " overnight  +++  Markets close steady':x='w-n*4':y=165",
    # Around MID: a double lightning stroke, a gunshot (two muzzle flashes), press camera
    # flashes, a cartoon impact (a white frame and a bright one), a jolt of the camera, a whip pan.
    "thunder": "eq=brightness=0.55:contrast=0.8:enable='between(n,MID-3,MID-2)',"
               "eq=brightness=0.3:enable='eq(n,MID+4)'",
    "muzzle": "eq=brightness=0.45:contrast=0.9:enable='eq(n,MID-4)+eq(n,MID+5)'",
    "pressflash": "eq=brightness=0.45:enable='eq(n,MID-7)+eq(n,MID-1)+eq(n,MID+6)'",
    "impact": "drawbox=c=white:t=fill:enable='eq(n,MID)',eq=brightness=0.3:enable='eq(n,MID+1)'",
    "jolt": "scale=384:216,crop=320:180:x='32+28*sin(n*2.6)*lt(abs(n-MID),5)'"
            ":y='18+16*sin(n*3.3)*lt(abs(n-MID),5)'",
    "whip3": "scale=640:360,crop=320:180:x='10+300/(1+exp((MID-n)*1.1))':y='80+10*sin(n*0.3)'",
    # Added for held-out-f.
    "grain9": "noise=alls=16:allf=t:all_seed=5000011",
    "grain10": "noise=alls=32:allf=t+u:all_seed=6000023",
    "sunny": "eq=brightness=0.04:saturation=1.15,colorbalance=rm=0.05:bm=-0.05",
    "bleach": "eq=contrast=1.25:saturation=0.35:gamma=0.9",
    "gloom": "eq=brightness=-0.2:gamma=0.6:saturation=0.45,colorbalance=bs=0.08:bm=0.05",
    "technicolor": "eq=saturation=1.9:contrast=1.1",
    "rosetint": "colorbalance=rs=0.12:rm=0.08:bs=0.05",
    "sepia4": "colorchannelmixer=.42:.72:.18:0:.37:.66:.15:0:.28:.52:.12",
    "bw2": "hue=s=0,eq=contrast=1.15",
    "flat": "scale=320:164,pad=320:180:0:8:black",
    "scope2": "scale=320:128,pad=320:180:0:26:black",
    "tighter": "crop=iw*0.62:ih*0.62:iw*0.22:ih*0.12,scale=320:180",
    "dolly": "scale=384:216,crop=320:180:x='min(n*1.4,64)':y=18",
    "zoomin2": "zoompan=z='1+0.008*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)*0.6'"
               ":y='(ih-ih/zoom)*0.4'",
    "creep2": "zoompan=z='1+0.004*in':d=1:s=320x180:fps=24:x='iw/2-iw/zoom/2'"
              ":y='(ih-ih/zoom)*0.45'",
    "shoulder": "scale=360:202,crop=320:180:x='20+14*sin(n*0.8)+6*sin(n*2.2)'"
                ":y='11+9*sin(n*1.4+1)'",
    "fastpan": "scale=640:360,crop=320:180:x='min(n*16,320)':y='100+20*sin(n*0.2)'",
    "follow": "scale=560:315,crop=320:180:x='120+110*sin(n*0.15)':y=70",
    "stagepulse": "eq=brightness='0.12*sin(n*0.9)':saturation='1+0.3*sin(n*0.5)':eval=frame",
    "candleflick": "eq=brightness='0.05*sin(n*2.1)+0.03*sin(n*5.3)':eval=frame",
    # Replays: slow motion (each frame shown twice) under a REPLAY label; a score bug, a caption.
    "slowmo": "setpts=2*PTS",
    "replaylabel": f"drawtext=fontfile={FONT}:fontsize=13:fontcolor=0xffe040:text='REPLAY'"
                   ":x=w-tw-12:y=10",
    "scorebug": f"drawbox=x=10:y=8:w=134:h=17:c=0x101040@0.85:t=fill,drawtext=fontfile={FONT}"
                ":fontsize=11:fontcolor=white:text='RED 1-0 BLU  63 min':x=15:y=11",
    "caption": f"drawtext=fontfile={SERIF}:fontsize=13:fontcolor=white:text='Three Summers Later'"
               ":x=14:y=h-36",
    # Around MID: a shell burst (a blinding frame fading over two more) with the camera shaken
    # after it, four stage strobes, lightning (a white frame, an after-flash), a startled camera,
    # phone flashes in the crowd (small, on and off).
    "shellburst": "eq=brightness=0.65:contrast=0.7:enable='eq(n,MID)',eq=brightness=0.4"
                  ":enable='eq(n,MID+1)',eq=brightness=0.18:enable='eq(n,MID+2)'",
    "quake": "scale=376:212,crop=320:180:x='28+24*sin(n*3.1)*between(n,MID,MID+7)'"
             ":y='16+14*sin(n*2.3)*between(n,MID,MID+7)'",
    "strobe3": "eq=brightness=0.55:enable='eq(n,MID-6)+eq(n,MID-2)+eq(n,MID+2)+eq(n,MID+6)'",
    "lightning3": "drawbox=c=white@0.85:t=fill:enable='eq(n,MID)',eq=brightness=0.35"
                  ":enable='eq(n,MID+2)'",
    "startle": "scale=368:207,crop=320:180:x='24+22*sin(n*2.9)*between(n,MID-1,MID+3)'"
               ":y='13+12*sin(n*3.7)*between(n,MID-1,MID+3)'",
    "phoneflash": "drawbox=x=64:y=118:w=7:h=7:c=white:t=fill:enable='eq(mod(n,7),3)',"
                  "drawbox=x=231:y=96:w=6:h=6:c=white:t=fill:enable='eq(mod(n,9),5)'",
    # Added for held-out-g.
    "grain-g": "noise=alls=18:allf=t:all_seed=9000011",
    "grain2-g": "noise=alls=34:allf=t+u:all_seed=9100019",
    "candle-g": "colorbalance=rs=0.15:rm=0.1:bs=-0.12:bm=-0.08,eq=gamma=0.85",
    "period-g": "eq=saturation=0.8:contrast=0.95,colorbalance=rm=0.06:bm=-0.05",
    "sepia-g": "colorchannelmixer=.41:.74:.19:0:.36:.67:.16:0:.27:.53:.13",
    "bw-g": "hue=s=0,eq=contrast=1.3:gamma=0.9",
    "dusk-g": "eq=brightness=-0.15:gamma=0.7:saturation=0.7,colorbalance=bs=0.12:bm=0.06",
    "cold-g": "colorbalance=bs=0.15:bm=0.08:rs=-0.08,eq=contrast=1.1",
    "scope-g": "scale=320:130,pad=320:180:0:25:black",
    "closeup-g": "crop=iw*0.55:ih*0.55:iw*0.3:ih*0.2,scale=320:180",
    # Home movie: Super 8 (warm, over-exposed, a shaky gate, a vignette, 4:3 in a 16:9 frame).
    "super8-g": "eq=brightness=0.06:saturation=1.25:contrast=0.9,colorbalance=rs=0.08:bs=-0.1,"
                "scale=256:192,crop=240:180:x='8+4*sin(n*1.9)':y='6+4*sin(n*2.7)',"
                "setsar=1,vignette=angle=0.55,pad=320:180:40:0:black",
    "lowerthird-g": f"drawbox=x=0:y=130:w=220:h=26:c=0x803010@0.9:t=fill,drawtext=fontfile={FONT}"
                    ":fontsize=12:fontcolor=white:text='Chef Ada Moreau':x=12:y=137",
    # Camera moves: a car-mounted camera's rattle, a pan tracking a car (either way), a hand-held
    # home camera, a slow push-in and a slow drift.
    "rattle-g": "scale=344:194,crop=320:180:x='12+3*sin(n*4.7)+2*sin(n*9.1)':y='7+4*sin(n*5.3)'",
    "trackpan-g": "scale=640:360,crop=320:180:x='min(n*10,320)':y='90+8*sin(n*0.7)'",
    "trackback-g": "scale=640:360,crop=320:180:x='max(320-n*10,0)':y='90+8*sin(n*0.7+1)'",
    "handheld-g": "scale=360:202,crop=320:180:x='20+10*sin(n*0.5)+4*sin(n*1.3)'"
                  ":y='11+6*sin(n*0.7+1)'",
    "slowpush-g": "zoompan=z='1+0.003*in':d=1:s=320x180:fps=24:x='iw/2-iw/zoom/2'"
                  ":y='ih/2-ih/zoom/2'",
    "drift-g": "scale=384:216,crop=320:180:x='min(n*0.6,64)':y=18",
    "alarm-g": "eq=brightness='0.06*sin(n*0.8)':eval=frame,colorbalance=rs=0.12:rm=0.05",
    # Around MID: a burst of muzzle flashes, an explosion (a white frame dying over three
    # more), a camera flash, lightning (a white frame, two after-flashes), blue laser fire,
    # the flare of a flambe.
    "muzzle-g": "eq=brightness=0.5:contrast=0.85:enable='eq(n,MID-6)+eq(n,MID-3)+eq(n,MID+1)'",
    "blast-g": "drawbox=c=white:t=fill:enable='eq(n,MID)',eq=brightness=0.45:enable='eq(n,MID+1)',"
               "eq=brightness=0.25:enable='eq(n,MID+2)',eq=brightness=0.1:enable='eq(n,MID+3)'",
    "camflash-g": "eq=brightness=0.6:contrast=0.8:enable='eq(n,MID)'",
    "lightning-g": "drawbox=c=white@0.8:t=fill:enable='eq(n,MID-1)',eq=brightness=0.4"
                   ":enable='eq(n,MID+1)+eq(n,MID+3)'",
    "laser-g": "drawbox=c=0x60a0ff@0.55:t=fill:enable='between(n,MID,MID+1)'",
    "flambe-g": "eq=brightness='0.3*exp(-abs(n-MID)/2)':eval=frame",
    # Added for held-out-h.
    "grain-h": "noise=alls=16:allf=t:all_seed=11000027",
    "grain2-h": "noise=alls=30:allf=t+u:all_seed=11000081",
    "grain3-h": "noise=alls=26:allf=t+u:all_seed=11000113",
    "docgrade-h": "eq=saturation=0.85:contrast=1.05,colorbalance=rs=0.03:bs=-0.04",
    "sunbleach-h": "eq=contrast=1.2:saturation=0.75:gamma=1.1,colorbalance=rs=0.1:rm=0.06"
                   ":bs=-0.12:bm=-0.05",
    "dusk-h": "eq=brightness=-0.1:gamma=0.75:saturation=0.8,colorbalance=rs=0.12:rm=0.05:bs=0.08",
    "noir-h": "eq=brightness=-0.08:gamma=0.7:saturation=1.3,colorbalance=bs=0.1:rh=0.06:bh=-0.02",
    # Day for night: daylight footage made to pass for night (dark, cold, little colour).
    "daynight-h": "eq=brightness=-0.16:gamma=0.55:saturation=0.45,colorbalance=bs=0.22:bm=0.12"
                  ":rs=-0.08",
    "neonwash-h": "colorbalance=rs=0.2:bs=0.25:gm=-0.15,eq=saturation=1.4",
    "dawn-h": "colorbalance=rs=0.08:rm=0.06:bs=-0.06:bh=0.04,eq=gamma=1.05",
    "mist-h": "eq=contrast=0.85:brightness=0.04:saturation=0.85,gblur=sigma=0.7",
    # Animation: posterized to flat colours (for the trailer cut into the cartoon).
    "cel-h": "lutyuv=y='floor(val/40)*40+20':u='floor(val/24)*24+12':v='floor(val/24)*24+12'",
    "scope-h": "scale=320:126,pad=320:180:0:27:black",
    "vista-h": "scale=320:150,pad=320:180:0:15:black",
    "tight-h": "crop=iw*0.6:ih*0.6:iw*0.24:ih*0.14,scale=320:180",
    "caption-h": f"drawtext=fontfile={SERIF}:fontsize=13:fontcolor=white:text='Newlyn Harbour"
                 "  Spring 1987':x=14:y=h-34",
    "namecard-h": f"drawbox=x=0:y=132:w=200:h=28:c=0x10304a@0.85:t=fill,drawtext=fontfile={FONT}"
                  ":fontsize=12:fontcolor=white:text='Tom Penrose  trawlerman':x=10:y=140",
    "scratch-h": "drawbox=x='iw*0.41':y=0:w=1:h=ih:c=white@0.45:t=fill:enable='lt(mod(n,5),2)',"
                 "drawbox=x='iw*0.83':y=0:w=2:h=ih:c=black@0.5:t=fill:enable='eq(mod(n,8),4)'",
    # Camera moves: a hand-held zoom in and out (the jitter shows once zoomed in, zoompan keeps
    # the window inside the frame), hand-held sway and pans either way, a zoom punched in on
    # every beat (10 frames), slow pans and a tilt, a slow push-in, a fast pan of 16 frames in
    # mid-shot, a cartoon shake after an impact.
    "handzoom-h": "zoompan=z='1.08+0.004*in':d=1:s=320x180:fps=24:x='iw/2-iw/zoom/2+5*sin(in*0.7)"
                  "+2*sin(in*1.9)':y='ih/2-ih/zoom/2+3*sin(in*0.9+1)'",
    "handzoomout-h": "zoompan=z='max(1.1,1.45-0.005*in)':d=1:s=320x180:fps=24:x='iw/2-iw/zoom/2"
                     "+5*sin(in*0.6+2)+2*sin(in*1.7)':y='ih/2-ih/zoom/2+3*sin(in*1.1)'",
    "handheld-h": "scale=352:198,crop=320:180:x='16+6*sin(n*0.55)+3*sin(n*1.45+2)'"
                  ":y='9+4*sin(n*0.8)'",
    "handpan-h": "scale=416:234,crop=320:180:x='min(n*1.3,96)+5*sin(n*0.7)':y='27+4*sin(n*1.1+1)'",
    "handpanb-h": "scale=416:234,crop=320:180:x='max(96-n*1.3,0)+5*sin(n*0.6+2)'"
                  ":y='27+4*sin(n*0.9)'",
    "beat-h": "zoompan=z='1+0.09*exp(-mod(in,10)/2.5)':d=1:s=320x180:fps=24:x='iw/2-iw/zoom/2'"
              ":y='ih/2-ih/zoom/2'",
    "slowpan-h": "scale=480:270,crop=320:180:x='min(n*0.9,160)':y=50",
    "panback-h": "scale=480:270,crop=320:180:x='max(150-n*0.9,0)':y=40",
    "slowtilt-h": "scale=400:225,crop=320:180:x=36:y='max(45-n*0.6,0)'",
    "pushin-h": "zoompan=z='1+0.005*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)*0.45'"
                ":y='(ih-ih/zoom)*0.4'",
    "fastpan-h": "scale=640:360,crop=320:180:x='min(max((n-MID+8)*20,0),320)'"
                 ":y='110+12*sin(n*0.3)'",
    "toonshake-h": "scale=352:198,crop=320:180:x='16+14*sin(n*3.3)*between(n,MID+2,MID+8)'"
                   ":y='9+8*sin(n*4.1)*between(n,MID+2,MID+8)'",
    # Heat haze and blowing dust, drawn over the picture (format first: geq reads YUV planes).
    "heat-h": "format=yuv420p,geq=lum='lum(X+1.6*sin(Y/3+N*0.9),Y)'"
              ":cb='cb(X+0.8*sin(Y/1.5+N*0.9),Y)':cr='cr(X+0.8*sin(Y/1.5+N*0.9),Y)'",
    "dust-h": "format=yuv420p,geq=lum='lum(X,Y)*0.7+55+25*sin(X/21-N*0.6+2*sin(Y/17+N*0.1))"
              "*sin(Y/13+X/40)':cb='cb(X,Y)*0.7+34':cr='cr(X,Y)*0.7+44'",
    # Around MID: a sun glint off the water (the top of the frame, three frames), a strobe every
    # 4 frames for 16 frames, an RGB-split glitch, a gunshot (a flash, then a blurred frame of
    # smoke), headlights sweeping across the frame in 9 frames, fluorescent tubes failing (two
    # dark frames, then one), a smear frame before an impact, inverted impact frames.
    "glint-h": "drawbox=x=0:y=0:w=iw:h='ih*0.6':c=white@0.55:t=fill:enable='between(n,MID,MID+1)',"
               "eq=brightness=0.15:enable='eq(n,MID+2)'",
    "strobe-h": "eq=brightness=0.6:contrast=0.7:enable='eq(mod(n,4),2)*between(n,MID-8,MID+8)'",
    "rgbsplit-h": "rgbashift=rh=-7:bh=7:enable='between(n,MID-1,MID+1)'",
    "gunsmoke-h": "eq=brightness=0.55:contrast=0.8:enable='eq(n,MID)',eq=brightness=0.2"
                  ":enable='eq(n,MID+1)',boxblur=3:1:enable='between(n,MID+1,MID+6)'",
    "headlight-h": "format=yuv420p,geq=lum='min(255,lum(X,Y)+300*exp(-hypot(X-40*(N-MID+4),"
                   "(Y-104)*1.2)/48)*between(N,MID-4,MID+4))':cb='cb(X,Y)':cr='cr(X,Y)'",
    "tubeflicker-h": "eq=brightness=-0.22:enable='between(n,MID-1,MID)+eq(n,MID+3)'",
    "smear-h": "gblur=sigma=9:sigmaV=0.3:enable='between(n,MID-1,MID)'",
    "impact-h": "negate=enable='between(n,MID,MID+1)'",
}
# Sources and effects of held-out-i are in shots_sources_i.py beside this script.
LAVFI.update(LAVFI_I)
FX.update(FX_I)
TEXT_FILES.update(TEXT_FILES_I)
# Sources, effects and recipes of held-out-j are in shots_sources_j.py beside this script.
LAVFI.update(LAVFI_J)
FX.update(FX_J)
TEXT_FILES.update(TEXT_FILES_J)
# Sources, effects and recipes of held-out-k are in shots_sources_k.py beside this script.
LAVFI.update(LAVFI_K)
FX.update(FX_K)
TEXT_FILES.update(TEXT_FILES_K)
# Sources, effects and recipes of held-out-l are in shots_sources_l.py beside this script.
LAVFI.update(LAVFI_L)
FX.update(FX_L)
TEXT_FILES.update(TEXT_FILES_L)
# Sources, effects and recipes of held-out-m are in shots_sources_m.py beside this script.
LAVFI.update(LAVFI_M)
FX.update(FX_M)
TEXT_FILES.update(TEXT_FILES_M)
# Sources, effects and recipes of held-out-n are in shots_sources_n.py beside this script.
LAVFI.update(LAVFI_N)
FX.update(FX_N)
TEXT_FILES.update(TEXT_FILES_N)
# Sources, effects and recipes of held-out-o are in shots_sources_o.py beside this script.
LAVFI.update(LAVFI_O)
FX.update(FX_O)
TEXT_FILES.update(TEXT_FILES_O)
# Sources, effects and recipes of held-out-p are in shots_sources_p.py beside this script.
LAVFI.update(LAVFI_P)
FX.update(FX_P)
TEXT_FILES.update(TEXT_FILES_P)
# Sources, effects and recipes of held-out-q are in shots_sources_q.py beside this script.
LAVFI.update(LAVFI_Q)
FX.update(FX_Q)
TEXT_FILES.update(TEXT_FILES_Q)
# Sources, effects and recipes of held-out-r are in shots_sources_r.py beside this script.
LAVFI.update(LAVFI_R)
FX.update(FX_R)
TEXT_FILES.update(TEXT_FILES_R)
# Sources, effects and recipes of held-out-s are in shots_sources_s.py beside this script.
LAVFI.update(LAVFI_S)
FX.update(FX_S)
TEXT_FILES.update(TEXT_FILES_S)
# Sources, effects and recipes of held-out-t are in shots_sources_t.py beside this script.
LAVFI.update(LAVFI_T)
FX.update(FX_T)
TEXT_FILES.update(TEXT_FILES_T)
# Sources, effects and recipes of held-out-u are in shots_sources_u.py beside this script.
LAVFI.update(LAVFI_U)
FX.update(FX_U)
TEXT_FILES.update(TEXT_FILES_U)
# Sources, effects and recipes of held-out-v are in shots_sources_v.py beside this script.
LAVFI.update(LAVFI_V)
FX.update(FX_V)
TEXT_FILES.update(TEXT_FILES_V)
# Sources, effects and recipes of held-out-w are in shots_sources_w.py beside this script.
LAVFI.update(LAVFI_W)
FX.update(FX_W)
TEXT_FILES.update(TEXT_FILES_W)
# Sources, effects and recipes of held-out-x are in shots_sources_x.py beside this script.
LAVFI.update(LAVFI_X)
FX.update(FX_X)
TEXT_FILES.update(TEXT_FILES_X)
# Sources, effects and recipes of held-out-y are in shots_sources_y.py beside this script.
LAVFI.update(LAVFI_Y)
FX.update(FX_Y)
TEXT_FILES.update(TEXT_FILES_Y)
# Sources, effects and recipes of held-out-z are in shots_sources_z.py beside this script.
LAVFI.update(LAVFI_Z)
FX.update(FX_Z)
TEXT_FILES.update(TEXT_FILES_Z)
# Sources, effects and recipes of held-out-aa are in shots_sources_aa.py beside this script.
LAVFI.update(LAVFI_AA)
FX.update(FX_AA)
TEXT_FILES.update(TEXT_FILES_AA)
# Sources, effects and recipes of held-out-ab are in shots_sources_ab.py beside this script.
LAVFI.update(LAVFI_AB)
FX.update(FX_AB)
TEXT_FILES.update(TEXT_FILES_AB)
# Sources, effects and recipes of held-out-ac are in shots_sources_ac.py beside this script.
LAVFI.update(LAVFI_AC)
FX.update(FX_AC)
TEXT_FILES.update(TEXT_FILES_AC)
# Sources, effects and recipes of held-out-ad are in shots_sources_ad.py beside this script.
LAVFI.update(LAVFI_AD)
FX.update(FX_AD)
TEXT_FILES.update(TEXT_FILES_AD)
# Sources, effects and recipes of held-out-ae are in shots_sources_ae.py beside this script.
LAVFI.update(LAVFI_AE)
FX.update(FX_AE)
TEXT_FILES.update(TEXT_FILES_AE)
# Sources, effects and recipes of held-out-af are in shots_sources_af.py beside this script.
LAVFI.update(LAVFI_AF)
FX.update(FX_AF)
TEXT_FILES.update(TEXT_FILES_AF)
# Sources, effects and recipes of held-out-ag are in shots_sources_ag.py beside this script.
LAVFI.update(LAVFI_AG)
FX.update(FX_AG)
TEXT_FILES.update(TEXT_FILES_AG)
# Sources, effects and recipes of held-out-ah are in shots_sources_ah.py beside this script.
LAVFI.update(LAVFI_AH)
FX.update(FX_AH)
TEXT_FILES.update(TEXT_FILES_AH)
# Sources, effects and recipes of held-out-ai are in shots_sources_ai.py beside this script.
LAVFI.update(LAVFI_AI)
FX.update(FX_AI)
TEXT_FILES.update(TEXT_FILES_AI)
# Sources, effects and recipes of held-out-aj are in shots_sources_aj.py beside this script.
LAVFI.update(LAVFI_AJ)
FX.update(FX_AJ)
TEXT_FILES.update(TEXT_FILES_AJ)
# Sources, effects and recipes of held-out-ak are in shots_sources_ak.py beside this script.
LAVFI.update(LAVFI_AK)
FX.update(FX_AK)
TEXT_FILES.update(TEXT_FILES_AK)
# Sources, effects and recipes of held-out-al are in shots_sources_al.py beside this script.
LAVFI.update(LAVFI_AL)
FX.update(FX_AL)
TEXT_FILES.update(TEXT_FILES_AL)
# Sources, effects and recipes of held-out-am are in shots_sources_am.py beside this script.
LAVFI.update(LAVFI_AM)
FX.update(FX_AM)
TEXT_FILES.update(TEXT_FILES_AM)
# Sources, effects and recipes of held-out-an are in shots_sources_an.py beside this script.
LAVFI.update(LAVFI_AN)
FX.update(FX_AN)
TEXT_FILES.update(TEXT_FILES_AN)
# Sources, effects and recipes of held-out-ao are in shots_sources_ao.py beside this script.
LAVFI.update(LAVFI_AO)
FX.update(FX_AO)
TEXT_FILES.update(TEXT_FILES_AO)
# Sources, effects and recipes of held-out-ap are in shots_sources_ap.py beside this script.
LAVFI.update(LAVFI_AP)
FX.update(FX_AP)
TEXT_FILES.update(TEXT_FILES_AP)
# Sources, effects and recipes of held-out-aq are in shots_sources_aq.py beside this script.
LAVFI.update(LAVFI_AQ)
FX.update(FX_AQ)
TEXT_FILES.update(TEXT_FILES_AQ)
# Sources, effects and recipes of held-out-ar are in shots_sources_ar.py beside this script.
LAVFI.update(LAVFI_AR)
FX.update(FX_AR)
TEXT_FILES.update(TEXT_FILES_AR)
# Sources, effects and recipes of held-out-as are in shots_sources_as.py beside this script.
LAVFI.update(LAVFI_AS)
FX.update(FX_AS)
TEXT_FILES.update(TEXT_FILES_AS)
# Sources, effects and recipes of held-out-at are in shots_sources_at.py beside this script.
LAVFI.update(LAVFI_AT)
FX.update(FX_AT)
TEXT_FILES.update(TEXT_FILES_AT)
# Sources, effects and recipes of held-out-au are in shots_sources_au.py beside this script.
LAVFI.update(LAVFI_AU)
FX.update(FX_AU)
TEXT_FILES.update(TEXT_FILES_AU)
# Sources, effects and recipes of held-out-av are in shots_sources_av.py beside this script.
LAVFI.update(LAVFI_AV)
FX.update(FX_AV)
TEXT_FILES.update(TEXT_FILES_AV)
# Sources, effects and recipes of held-out-aw are in shots_sources_aw.py beside this script.
LAVFI.update(LAVFI_AW)
FX.update(FX_AW)
TEXT_FILES.update(TEXT_FILES_AW)
# Sources, effects and recipes of held-out-ax are in shots_sources_ax.py beside this script.
LAVFI.update(LAVFI_AX)
FX.update(FX_AX)
TEXT_FILES.update(TEXT_FILES_AX)
# Sources, effects and recipes of held-out-ay are in shots_sources_ay.py beside this script.
LAVFI.update(LAVFI_AY)
FX.update(FX_AY)
TEXT_FILES.update(TEXT_FILES_AY)


def card(text, serif=False):
    """A static title card: white on black (card:TEXT), or cream serif on brown (serif:TEXT)."""
    if serif:
        return (f"color=c=0x181410:s=320x180:r=24,drawtext=fontfile={SERIF}:fontsize=18:"
                f"fontcolor=0xe8d8b0:text='{text}':x=(w-tw)/2:y=(h-th)/2")
    return (f"color=c=black:s=320x180:r=24,drawtext=fontfile={FONT}:fontsize=20:"
            f"fontcolor=white:text='{text}':x=(w-tw)/2:y=(h-th)/2")



def label(seg):
    """How a segment is named in the ground truth, e.g. bbb@600 (trailer frame 600)."""
    return f"{seg['src']}@{seg['at']}" if seg["at"] else seg["src"]


def segment_input(seg):
    """ffmpeg input arguments and the filter chain opening this segment."""
    dur = f"{(seg['at'] + seg['n']) / FPS + 1:.3f}"
    if seg["src"] == "bbb":
        name = next((k for k, (a, b) in BBB_SHOTS.items() if a <= seg["at"] and seg["at"] + seg["n"] - 1 <= b), None)
        if name is None:
            sys.exit(f"trailer frames {seg['at']}+{seg['n']} are not inside one shot")
        # Seek half a frame early: the first frame kept is exactly seg['at'].
        return ["-ss", f"{(seg['at'] - 0.5) / FPS:.6f}", "-t", f"{seg['n'] / FPS + 1:.3f}", "-i", str(TRAILER)], "trim=start_frame=0"
    if seg["src"].startswith(("card:", "serif:")):
        style, text = seg["src"].split(":", 1)
        src = card(text, serif=style == "serif")
    else:
        src = LAVFI[seg["src"]]
    return ["-t", dur, "-f", "lavfi", "-i", src], f"trim=start_frame={seg['at']}"


def overlap(tr):
    """Frames a transition takes from the end of one segment and the start of the next."""
    kind, *num = tr.split(":")
    if kind == "cut":
        return 0, 0
    if kind == "fadeio":
        return int(num[0]), int(num[1])
    return int(num[0]), int(num[0])


def split_of(index):
    """The split a clip belongs to, from its index: the held-out sets follow clips 00-11 in the
    order they were written; among 00-11, those whose index is 2 mod 3 are held out."""
    start = len(CLIPS)
    for name, clips in HELD_OUT_SETS.items():
        if start <= index < start + len(clips):
            return f"held-out-{name}"
        start += len(clips)
    return "held-out" if index % 3 == 2 else "tuning"


def with_text_files(arg, out):
    """arg with each text-file placeholder (TEXT_FILES) replaced by the file's path."""
    for name, (file, _) in TEXT_FILES.items():
        arg = arg.replace(name, str(out / file))
    return arg


def build(items, out):
    """The ffmpeg arguments (inputs, filter graph) and the ground truth of a clip."""
    segs, trans = items[0::2], items[1::2]
    args, graph, truth, spans = [], [], [], []
    for i, seg in enumerate(segs):
        inp, head = segment_input(seg)
        args += [with_text_files(a, out) for a in inp]
        into = overlap(trans[i - 1])[1] if i else 0
        out_of = overlap(trans[i])[0] if i < len(trans) else 0
        mid = str((into + seg["n"] - out_of) // 2)
        chain = [head, "setpts=PTS-STARTPTS"] + [FX[f].replace("MID", mid) for f in seg["fx"]]
        chain += [f"scale={W}:{H}", "setsar=1", f"fps={FPS}", "format=yuv420p",
                  f"trim=end_frame={seg['n']}", "setpts=PTS-STARTPTS", f"settb=1/{FPS}"]
        graph.append(f"[{i}:v]{','.join(chain)}[s{i}]")
    starts = segment_starts(items)
    length, acc = segs[0]["n"], "s0"
    spans.append({"first": 0, "last": length - 1, "src": label(segs[0]), "fx": segs[0]["fx"]})
    for i, (tr, seg) in enumerate(zip(trans, segs[1:]), 1):
        kind, *num = tr.split(":")
        out, new = f"a{i}", f"s{i}"
        if kind == "cut":
            graph.append(f"[{acc}][{new}]concat=n=2:v=1:a=0,settb=1/{FPS}[{out}]")
            first = last = length
        elif kind == "fadeio":
            fo, fi = int(num[0]), int(num[1])
            graph.append(f"[{acc}]fade=t=out:start_frame={length - fo}:nb_frames={fo}[o{i}];"
                         f"[{new}]fade=t=in:start_frame=0:nb_frames={fi}[i{i}];"
                         f"[o{i}][i{i}]concat=n=2:v=1:a=0,settb=1/{FPS}[{out}]")
            first, last = length - fo, length + fi - 1
        else:
            d = int(num[0])
            graph.append(f"[{acc}][{new}]xfade=transition={kind}:duration={d / FPS:.6f}:"
                         f"offset={(length - d) / FPS:.6f}[{out}]")
            first, last = length - d, length - 1
        truth.append({"kind": "cut" if kind == "cut" else "gradual", "first": first,
                      "last": last, "transition": tr})
        start = starts[i]
        length = start + seg["n"]
        spans.append({"first": start, "last": length - 1, "src": label(seg), "fx": seg["fx"]})
        acc = out
    graph.append(f"[{acc}]split=2[color][g];[g]hue=s=0[bw]")
    return args, ";".join(graph), truth, spans, length


def frame_count(path):
    """The number of frames ffprobe decodes from path."""
    out = subprocess.run(["ffprobe", "-v", "error", "-count_frames", "-select_streams", "v:0",
                          "-show_entries", "stream=nb_read_frames", "-of", "csv=p=0", str(path)],
                         check=True, capture_output=True, text=True).stdout
    return int(out.strip())


def part(path):
    """Where path is written until it is complete and checked: only then is it renamed into
    place, so a run that fails or is stopped leaves no clip that looks finished. The process
    id keeps two runs sharing --out from writing into each other's unfinished files."""
    return path.with_name(f"{path.stem}.{os.getpid()}.part{path.suffix}")


def refuse_unless_regular(path):
    """Exit if path exists and is not a regular file (a directory, a FIFO, a device or a link
    the user put there): this script never reads, replaces or removes such a thing."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    if not stat.S_ISREG(mode):
        sys.exit(f"{path}: exists and is not a regular file; not replacing it")


def move_into_place(tmp, path):
    """Rename tmp over path, unless path is not a regular file."""
    refuse_unless_regular(path)
    tmp.replace(path)


def write_atomic(path, text):
    """Write text to path through a temporary file renamed over it."""
    tmp = part(path)
    try:
        tmp.write_text(text)
        move_into_place(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def check_truth(index, name, truth, frames):
    """Exits with a message if the clip's ground truth is impossible: transitions that overlap
    (a shot shorter than the transitions at its ends) or reach outside the clip."""
    for a, b in zip(truth, truth[1:]):
        if b["first"] <= a["last"]:
            sys.exit(f"{index:02d}-{name}: the transitions at frames {a['first']}-{a['last']}"
                     f" and {b['first']}-{b['last']} overlap (a shot is shorter than its"
                     " transitions)")
    for b in truth:
        if b["first"] < 0 or b["last"] >= frames:
            sys.exit(f"{index:02d}-{name}: the transition at frames {b['first']}-{b['last']}"
                     f" reaches outside the clip's {frames} frames (a shot is shorter than its"
                     " transition)")


def make_clip(index, name, built, out):
    """Encode one clip (both versions), from what build() made of its recipe, unless up to
    date; returns (stem, whether made)."""
    stem = out / f"{index:02d}-{name}"
    args, graph, truth, spans, frames = built
    recipe = hashlib.sha256(json.dumps([args, graph, spans]).encode()).hexdigest()[:16]
    meta = stem.with_suffix(".json")
    videos = {v: f"{stem.name}-{v}.mp4" for v in ("color", "bw")}
    for f in [meta, *(out / f for f in videos.values())]:
        refuse_unless_regular(f)
    if meta.exists() and json.loads(meta.read_text()).get("recipe") == recipe \
            and all((out / f).exists() for f in videos.values()):
        return stem.name, False
    enc = ["-c:v", "libx264", "-preset", "medium", "-crf", "18", "-pix_fmt", "yuv420p"]
    parts = {v: part(out / f) for v, f in videos.items()}
    cmd = ["ffmpeg", "-v", "error", "-y", *args, "-filter_complex", graph,
           "-map", "[color]", *enc, str(parts["color"]),
           "-map", "[bw]", *enc, str(parts["bw"])]
    try:
        subprocess.run(cmd, check=True)
        for v, f in videos.items():
            got = frame_count(parts[v])
            if got != frames:
                sys.exit(f"{f}: {got} frames, the ground truth expects {frames}")
        # The old ground truth goes first: a run stopped between here and its rewrite leaves
        # new videos without truth (made again next time), never paired with the old truth.
        meta.unlink(missing_ok=True)
        for v, f in videos.items():
            move_into_place(parts[v], out / f)
    finally:
        for p in parts.values():
            p.unlink(missing_ok=True)
    write_atomic(meta, json.dumps({
        "clip": stem.name, "index": index, "split": split_of(index),
        "videos": videos, "fps": FPS, "frames": frames, "recipe": recipe,
        "boundaries": truth, "shots": spans}, indent=1))
    return stem.name, True


def join_color(made, out):
    """all-color.mp4: the color versions of the first clips made (00-11; held-out sets stay out)."""
    joined = out / "all-color.mp4"
    if any(new for _, new in made) or not joined.exists():
        listing = out / "all-color.txt"
        write_atomic(listing, "".join(f"file '{n}-color.mp4'\n" for n, _ in made))
        tmp = part(joined)
        try:
            subprocess.run(["ffmpeg", "-v", "error", "-y", "-f", "concat", "-safe", "0", "-i",
                            str(listing), "-c", "copy", str(tmp)], check=True)
            move_into_place(tmp, joined)
        finally:
            tmp.unlink(missing_ok=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path.home() / ".cache" / "filmprint-shots-corpus")
    ap.add_argument("--only", help="make only the clips of these indices (comma-separated)")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1,
                    help="clips encoded at once (default: one per core)")
    opts = ap.parse_args()
    if opts.jobs < 1:
        ap.error("--jobs must be at least 1")
    out = opts.out
    out.mkdir(parents=True, exist_ok=True)
    for file, text in TEXT_FILES.values():
        # Rewritten only when different: another run may be reading it.
        refuse_unless_regular(out / file)
        if not (out / file).exists() or (out / file).read_text() != text + "\n":
            write_atomic(out / file, text + "\n")
    clips = CLIPS + [clip for held_out in HELD_OUT_SETS.values() for clip in held_out]
    wanted = sorted({int(x) for x in opts.only.split(",")}) if opts.only else range(len(clips))

    def one(i):
        # Each clip is its own ffmpeg process writing its own files: clips run side by side
        # (a drawn scene's filter graph keeps about one core busy for minutes).
        stem, new = make_clip(i, clips[i][0], built[i], out)
        print(f"{'made' if new else 'kept'} {stem}", file=sys.stderr, flush=True)
        return stem, new

    # Every recipe wanted is built and its truth checked before any clip is encoded (a first
    # run takes hours).
    built = {i: build(clips[i][1], out) for i in wanted}
    for i in wanted:
        check_truth(i, clips[i][0], built[i][2], built[i][4])
    with ThreadPoolExecutor(opts.jobs) as pool:
        made = list(pool.map(one, wanted))
    if opts.only:
        return
    join_color(made[:len(CLIPS)], out)
    write_atomic(out / "trailer-annotated.json", json.dumps(
        {"clip": "trailer-annotated", "videos": {"color": str(TRAILER)}, "fps": FPS,
         "frames": 1323, "annotated_by_eye": True, **TRAILER_TRUTH}, indent=1))


if __name__ == "__main__":
    main()
