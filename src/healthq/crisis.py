"""Words about wanting to die or self-harm, in anything a person types: the crisis message comes first.

Every command runs its free text through `crisis_reader` before answering. The patterns are
the ways people say it (the NHS "Help for suicidal thoughts" and Samaritans pages list the
feelings; the wording here is everyday typing, not clinical terms). A phrase that is negated
right before it ("I would never hurt myself") does not count; everything else does, because
showing the message to someone who did not need it costs little and missing it costs a life.

Pure and cheap: no import but rx, each pattern compiled only when a text needs it, and, for a text the
patterns do not take, a table of word weights read once (see model_score).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .rx import later as _later  # a pattern compiled on first use: most texts need few of them

# Folded text: lower case, apostrophes removed, punctuation as spaces (see _fold below).
_SELF = r"(?:myself|my self|my life|my own life)"  # not "me": "this headache is killing me"
# the means most often kept aside (stockpiled), as the warning-sign patterns below name them
_MEANS = (r"(?:pills|tablets|meds|medication|medicines?|painkillers|paracetamol|co codamol|codeine|tramadol|insulin"
          r"|antidepressants|sleeping pills|sleeping tablets|morphine|tylenol|panadol|aspirin|oxycodone|oramorph|diazepam|zopiclone|\w+(?:triptyline|pramine|oxetine|alopram|ertraline|azepam|azolam|codone|adone"
          r"|gabalin|pentin|olol|pine|done))")
# medicines kept for a trip, for a bad back, from the chemist, away from children, in the fridge or on the app: no
# stockpile. Whole words only ("for the week" is a dosette, "for weeks" a stockpile), and "in case" only of a
# lockdown or running out ("in case it gets too much" is a plan).
_KEPT_FOR = (r"(?! (?:\w+ ){0,3}(?:for (?:the |my |our |a |his |her )?(?:holiday|holidays|hols|trip|travel|journey|flight|cruise"
             r"|emergenc\w*|winter|time away|morning|evening|bedtime|breakfast|lunch|dinner|tea|next dose)\b|for (?:my|his|her|the|their) (?:back|neck|knees?|hips?|head|headaches?|migraines?"
             r"|periods?|arthritis|gout|teeth|tooth|toothache|pain|flare ?ups?)\b"
             r"|in case (?:of (?:a |an |another )?(?:emergency|emergencies|lockdown|shortage|strike|infection|flare ?up|attack|migraine)"
             r"|i (?:run out|forget))\b|(?:from|away from) (?:the )?(?:kids|children|grandkids"
             r"|grandchildren|dog|chemist|pharmacy|pharmacist|gp|surgery|doctors?|boots|hospital)\b|so (?:the )?(?:kids|children"
             r"|grandkids|grandchildren|dog) (?:cant|cannot|can not|wont)|in (?:the |a |my |his |her |their )?(?:weekly |daily |little )?(?:fridge|pill ?box|pill organi[sz]er|dosette(?: box)?|blister pack)"
             r"|(?:on|in) (?:the |my |his |her )?(?:app|nhs app|account|system|body|repeat|prescription)\b"
             r"|so (?:that )?(?:i|he|she|they|we) (?:stop|dont|do not|wont|will not|never) (?:missing|miss|forget\w*)\b))"
             # medicines kept only to be thrown away ("hoarding old medicines ... how do I get rid of them safely")
             r"(?! (?:\w+ ){0,12}(?:out of date|expired|get rid of|dispose of|disposal|throw (?:them|it) away|take (?:them|it) back to))")
# a dose the doctor set: a bowel prep before a scan, a course of antibiotics, with food
_PRESCRIBED = (r"(?! (?:\w+ ){0,6}(?:antibiotics?|course|prep|bowel|laxatives?|colonoscopy|scan|procedure|operation|surgery|tests?"
               r"|x ?ray|as (?:prescribed|directed|told)|with (?:food|a meal|my (?:dinner|tea|supper|breakfast))"
               r"|before (?:the|my|a|an|your) (?:scan|tests?|procedure|operation|op|surgery|colonoscopy|endoscopy|x ?ray|appointment|mri|ct)"
               r"|(?:doctor|gp|nurse|pharmacist|consultant|hospital|chemist) (?:said|told|says))\b)")
# letters or notes to a school, a landlord, a doctor or a babysitter: an errand, no farewell
_ERRAND_TO = (r"(?:school|schools|teachers?|nursery|head|headteacher|college|uni|club|coach|lunch ?box\w*|lunches|tooth fairy|santa|father christmas"
              r"|party|trip|dentist|doctors?|gp|consultant|bus|swimming|football|sitter|babysitter|childminder|nanny|mp|landlord|council|boss|employer"
              r"|bank|solicitor|insurers?|insurance|lawyer|work|job)")
# giving things away while sorting a will: a pet or treasured things in anyone's words; a watch, medals,
# clothes, a car, savings or money only beside one's own will ("dad wrote his will and gave the car to my brother"
# is an estate)
_GIVE = r"(?:gave|given|giving|give|gives|rehom\w*) (?:away )?(?:\w+ ){0,3}"
_TREASURED = (r"(?:dog|cat|pet|pets|puppy|guitar|things|stuff|belongings|possessions|jewellery|jewelry|rings?|records|books|games"
              r"|console|xbox|playstation|bike|prized \w+|favourite \w+|treasured \w+)\b")
_HEIRLOOM = r"(?:watch|medals|clothes|car|savings|money)\b"
_SORT = r"(?:sort\w*|mak\w*|made|writ\w*|wrote|written|chang\w*|updat\w*|finish\w*|sign\w*) (?:out )?"
_ANYONES = r"(?:a |his |her |my |their |up (?:a |his |her |my |their )?)?"
_MY = r"(?:up )?my "
# a slip, not self-harm: on the oven, while cooking, with the hair straighteners (a lighter, a blade or a
# knife is no slip); nor "burning herself out". After "cutting himself", and after "been cutting myself"
# when the means kept are to be used: "for when i'm ready", "when the time comes", "for when i decide it's time"
_WHEN_READY = (r"(?:when|once) (?:(?:im|i am|i m) ready\b(?! (?:for|to)\b)|the time (?:is right|comes)\b"
               r"|(?:i|he|she) (?:decide|decides|decided) (?:its|it is|it s) (?:the )?time\b)")
_SLIP = (r"(?! (?:on|while|when|whilst|by accident"
         r"|accidentally|shaving|cooking|baking|ironing|out|a|an|some|off|free|loose|short|slack|in the kitchen|at work"
         r"|with (?!(?:a |an |the |his |her |their |my )?(?:lighters?|cigarettes?|fags?|blades?|razors?|razor blades?|knife|knives"
         r"|compass|scissors|sharpeners?|pencil sharpeners?|glass|(?:hot |heated )?spoons?|matches|lit match)\b))\b)")
# a wish to die said after dying ("... and honestly I hope I do", "and part of me wants to", "and I don't care
# anymore"), closing what is said: not "I hope I do better tomorrow", "I want to do a reset", "I want to go to A&E"
_WISH = (r" (?:and |but |so )?(?:honestly |part of me |secretly |tbh |if im honest |kind of |i kind of )?(?:i |im )?"
         r"(?:(?:hope|hoping|wish|wishing|want|wants|wanting) (?:i|it|to|so)(?: (?:do|does|will|would|did))?"
         r"|(?:dont|do not|wouldnt|would not) (?:even |really )?(?:care|mind))"
         r"(?= ?$| (?:and|but|tbh|honestly|lol|too|now|tonight|anymore|any more|at this point|if (?:i|it) (?:do|does))\b)")
# after "the point of/in ...": no errand, appointment or purchase follows ("going on with the physio",
# "me going to the gp", "life insurance")
_NOT_A_TASK = (r"(?!(?<=going on) (?:with|to|at|as|about)\b|(?<=carrying on) (?:with|to|at|as|about)\b|(?<= me) (?!being\b)[a-z]+ing\b"
               r"|(?<= life) (?:insurance|cover|coach|coaching|admin|lessons?|classes?|drawing|skills?|hacks?|story|jacket|assurance|sciences?)\b)")

# keeping oneself safe (see the keep-safe patterns below), and a hazard named after it: not being able to
# keep safe from covid, in the bath in a fit, on icy roads or behind the wheel is no crisis
# marks that are not self-harm: acne, an operation, stretch marks, a pet, the oven, sport, blood thinners; the
# cause named before the mark ("acne scars", "stretch marks": _NOT_SELF_MARK_BEFORE, placed before the noun) or
# after it ("scars from my knee operation"), not denied ("the scars aren't from the cat, I did them myself")
_MARK_CAUSES = ("acne", "spots", "pimples", "surgery", "surgical", "operation", "op", "chickenpox", "chicken pox", "c section",
                "caesarean", "eczema", "psoriasis", "stretch", "pox", "cat", "dog", "kitten", "puppy", "bramble", "nettle",
                "football", "rugby", "shaving", "cooking", "oven", "iron", "kettle", "birth", "pregnancy", "sports", "cannula",
                "drip", "vaccine", "bcg", "jab", "tattoo", "insect", "mosquito", "knee", "hip", "heart",
                "keyhole", "laser", "mole", "biopsy")  # not "burn", "bite": burn scars and bite marks may be self-done
_NOT_SELF_MARK_BEFORE = "".join(f"(?<!{w} )" for w in _MARK_CAUSES)
_NOT_SELF_MARKS = (r"(?! (?:\w+ ){0,5}(?<!not )(?<!arent )(?<!isnt )(?<!wasnt )(?<!werent )(?<!never )(?:from|of|after|by) "
                   r"(?:the |a |an |his |her |my |their |our )?(?:\w+ ){0,2}(?:acne|spots|pimples|surgery|operation|op|chicken ?pox"
                   r"|c ?section|caesarean|eczema|psoriasis|cat|cats|dog|dogs|kitten|puppy|brambles?|thorns?|nettles?|fall|falling|football|rugby|sport"
                   r"|shaving|cooking|work|oven|iron|kettle|accident|pregnancy|stretch\w*|blood thinners|warfarin|aspirin|steroids|chemo\w*"
                   r"|cannulas?|drips?|injections?|jabs?|vaccin\w*|tattoo\w*|bites?|insects?)\b)")
# all of one's tablets at once as the day's routine: "in the morning", "with breakfast", "or spaced out?"
# ... unless a death is named after it ("all my meds at once in the morning and not wake up"); a mistake is no routine
# but no crisis either ("took all my tablets at once this morning by mistake")
_DEATH_AFTER = (r"(?:\w+ ){0,8}(?:(?:not|never|wont|dont) (?:wake|waking) up|die|dying|be dead|end (?:it|things|my life)|kill|overdose"
                r"|be gone|be over|(?:not|wont|will not) be (?:here|around|alive))\b")
_ROUTINE_DOSE = (r"(?! (?:in the (?:morning|evening)|every|each|with (?:food|breakfast|a meal|water|my \w+)|at (?:breakfast|night|bedtime|\d+)"
                 r"|or|instead|is that ok|is it ok|is that safe|is it safe|in a dosette|from the dosette"
                 r"|(?:\w+ ){0,3}(?:by (?:mistake|accident)|accidentally))\b(?! " + _DEATH_AFTER + r"))")
# a part of one's own body, as what a self-harm act is done to ("scald my hands", "scratching her arms")
_BODY = (r"(?:arms?|wrists?|forearms?|thighs?|legs?|hands?|stomach|tummy|belly|chest|face|head|skin|knuckles|fists?|fingers?|hips?"
         r"|ankles?|shoulders?|body|flesh|neck|feet|foot|calf|calves|shins?|breasts?|ribs|sides?|knees?|scabs?|scars?|wounds?)\b")
_OWN_BODY = r" (?:my|his|her|their|your) (?:own )?(?:\w+ )?" + _BODY
# the reason that makes an act self-harm: on purpose, to feel something, the only thing that helps, when upset
_SELF_HARM_WHY = (r"(?:on purpose(?! (?:\w+ ){0,2}(?:no|not|nope)\b)|deliberately|intentionally|to feel (?:something|anything|better|pain|real|alive|in control|calm|numb)"
                  r"|(?:its|it is|thats|that is) the only thing that helps|only thing that (?:helps|works|makes)|(?:helps|help) me (?:cope|calm down|feel)|(?:helped|makes|made) me (?:cope|calm down|feel (?:something|anything|real|alive|better|calm|in control))"
                  r"|to (?:cope|punish (?:myself|me|himself|herself))|(?:whenever|every time|when) (?:im|i am|i m|i get|i feel|he gets|she gets|hes|shes|things get) (?:really |so |too )?"
                  r"(?:stressed|upset|angry|overwhelmed|sad|low|anxious|bad|down|panicky|too much)"
                  r"|(?:whenever|every time|when) (?:i|he|she) (?:feel|feels|am feeling|is feeling|im feeling) (?:really |so |too |completely )?"
                  r"(?:numb|empty|nothing|worthless|hopeless|dead inside)"
                  r"|(?:when|whenever|every time|if) (?:(?:the |my |his |her )?(?:feelings|emotions|thoughts|voices|urges)|it all|everything|it|life) (?:get|gets|got|are|is|become|becomes) (?:too much|too strong|too hard|bad|overwhelming)"
                  r"|(?:takes|take|took) the edge off|as (?:a )?punishment|so (?:i|he|she) (?:can )?feel (?:something|anything|real|alive|pain)"
                  r"|(?:because|cos|coz|cause|cuz|as) (?:i|he|she) (?:hate|hates) (?:myself|himself|herself|(?:my|his|her) (?:body|self|face|looks))|(?:i|he|she) deserve\w* (?:the |this |to feel )?(?:pain|it|to (?:hurt|suffer|be hurt|feel pain))(?! back\b))\b")
# marks said to be self-done ("did them herself", "self inflicted"); not "did myself a favour"
_SELF_DONE = (r"(?:(?:did|does|do|done|made|makes|make) (?:(?:it|them|this|that|these|those) )?(?:to )?(?:herself|himself|myself|themselves|yourself|urself|meself)\b"
              r"(?! (?:a favour|proud|up)\b)|self inflicted\b)")
# "would it be quick to recover", "to pay": a process, not a death (but "quick to die", "to end it" are)
_QUICK_TO = r"(?! (?:to|for) (?!(?:die|end|go|jump|drown|bleed|hang|stop)\b)\w+)"
# gone somewhere, not gone for good ("better off with him gone to university", "gone for the week")
_GONE_WHERE = r"(?! (?:to|on|abroad|at|into|back|off|away to|for (?!(?:good|ever|always|real)\b)\w+)\b)"
_KEEP_SAFE = r"(?:keep (?:myself |me |himself |herself |themselves |themself )?|stay )safe\b"
_HAZARD = (r"(?! (?:\w+ ){0,2}(?:from (?:the |a |an )?(?:covid\w*|corona\w*|virus\w*|infections?|germs|bugs|flu|colds?|sun|sunburn|heat|falls|falling"
           r"|ice|traffic|cars|dogs?)|(?:in|on|at|near|around|during|while|whilst|when|behind) (?:the |this |these |that |my |his |her |a |icy |busy )?"
           # a physical hazard only: a place where a person may be in crisis ("at work", "at school", "in the
           # bath", "in the car") is no reason to hold the message back
           r"(?:heat|sun|snow|ice|icy|traffic|stairs|roads?|pavements?|bike|scooter"
           r"|motorbike|ladder|roof|pandemic|covid|fits?|seizures?|driving|cycling|swimming|walking|wheel|dogs?|animals?|horses?)"
           r"|(?:when|if) (?:i|he|she|they) (?:have|has|had|get|gets) (?:a )?(?:fit|seizure|hypo|funny turn)"
           r"|driving|cycling|swimming|walking|climbing|running|living (?:alone|on (?:my|his|her|their) own|by (?:myself|himself|herself|themselves)))\b)")
# "die of embarrassment", "dying from laughing": the idiom, said after a wish to die in the patterns below
# a failure or an upset that self-hitting follows ("hit myself when i mess up", "every time i get a bad grade i slap
# myself")
_FAILED = (r"(?:mess up|messed up|fail|failed|get it wrong|got it wrong|make a mistake|made a mistake|make mistakes|made mistakes"
           r"|get things wrong|mess things up|screw up|screwed up|get upset|get angry|get stressed|feel bad|do badly|did badly"
           r"|(?:get|got|have|had) (?:a )?bad (?:grades?|marks?|results?|scores?|day))")
# what a stock of medicine is counted in ("2 boxes saved", "40 tablets stashed")
_KEPT_MEANS = r"(?:boxes|box|packs|packets|strips|bottles|of them|" + _MEANS + r")"  # _MEANS holds pills, tablets, meds
# where a natural death should happen, as care is planned: "grandad wants to die at home, not in hospital" (not a
# wish to die now: "i want to die at home tonight" is read)
_DEATH_PLACE = (r"(?:at home|in (?:a |the )?(?:hospice|hospital)|in (?:my|his|her|their) own (?:bed|home)|peacefully)\b"
                r"(?:(?: \w+){0,3} (?:not|rather than|instead of|when|with|surrounded|how|arrange\w*|if)\b| ?$)")
# "not wake up" said of sleep, not of death: "with a migraine", "at 3am", "every hour", "during the night"
_WAKE_OF_SLEEP = (r"(?! (?:with (?:a|the|my)|at \d|at (?:night|[1-9] ?(?:am|pm))|during the night|every (?:hour|two hours|couple of hours|few hours)"
                  r"|in the (?:night|middle of the night)|in pain|halfway|groggy|hungover|with a hangover)\b)")
# an everyday cause named after marks said to be one's own doing ("from me though, touched the oven tray")
_NOT_A_CAUSE = (r"(?!(?: \w+){0,6} (?:slipped|slip|by accident|accident\w*|shav\w*|cooking|gardening|garden|iron|oven|tray|kettle|hob|hedge"
                r"|cat|dog|paper|brambles?|roses?|thorns?|work|fell|fall|falling|bike|kid|child|scabs?|spots?|picking|eczema|itch\w*)\b)")
# a mark done to oneself in a task or a game, not on purpose ("a cut i did myself chopping onions")
# the everyday tasks a cut or a hurt comes from, read by both _NOT_A_TASK_INJURY and _INJURY below
_TASK_WORDS = r"chopping|peeling|slicing|cooking|gardening|carving|shaving|climbing|playing"
_NOT_A_TASK_INJURY = (r"(?!(?: \w+){0,6} (?:" + _TASK_WORDS + r"|opening (?:a|an|the|my|tins?|cans?|boxes|box|parcels?|packages?|packets?|jars?|bottles?|envelopes?)"
                      r"|fixing|sawing|whittling|sharpening|diy|building|football|rugby|at work|on the|on a|with the (?:knife|iron|oven|kettle|pan)|by mistake)\b)")
_DYING_OF = r"(?:of|from) (?:embarrassment|shame|boredom|laughter|laughing|cringe|envy|jealousy|curiosity|happiness)\b"
# not caring whether one dies said of a ride, a hike or in jest ("idc if i die on this rollercoaster lol", "jk")
_RIDE_OR_JOKE = r"(?! (?:on|during|doing) (?:this|the|a|my) (?:hike|climb|ride|run|trip|walk|rollercoaster|roller coaster|holiday|flight|marathon|race|bungee|skydive)\b| (?:\w+ ){0,2}(?:jk|just kidding|just joking)\b)"

# hating oneself, and the acts against oneself (or a wall) said with it (round 49)
# "i want to die my hair blue": the dye, misspelt
# (only with a colour or a dyeing after it: "i want to die my hair is falling out from the chemo" is a wish and a new clause)
_DYE_OBJECT = (r"(?:my|her|his|their|it|the|them) (?:hair|roots|eyebrows|brows|beard|clothes|jeans|shoes|top|dress|fabric|nails|fringe|tips)"
               r" (?:\w+ )?(?:blue|purple|pink|red|black|blonde|blond|brown|green|grey|gray|silver|white|orange|ginger|platinum|pastel"
               r"|again|at home|myself|with henna|a (?:new |different )?colou?r)\b")
_HATE_SELF = r"(?:hate|hates) (?:myself|himself|herself|themselves)"
_HATE_ACT = r"(?:punch\w*|hit|hits|hitting|bang\w*|slap\w*|pinch\w*|bite|bites|biting|cut|cuts|cutting|burn\w*|hurt|hurts|hurting)"
_HATE_ACT_ON = r"(?: (?:myself|himself|herself|themselves)\b|" + _OWN_BODY + r"| (?:the |a )?walls?\b|(?= ?$| (?:again|deeper)\b))"

# a death named after, or before, the words of wanting to join the one who has died
_DIED_AFTER = r"(?=(?: \w+)* (?:died|passed|passed away|funeral|grave|lost (?:him|her|them))\b)"
_DIED_BEFORE = r"(?:died|passed|passed away|funeral|grave|lost (?:him|her|them|my \w+))\b(?: \w+)* "
# "kill" with an object that is not oneself is no way to die: "best way to kill nits", "quickest way to kill the weeds";
# only oneself, or a word that is no object (a manner, a time, a joining word), leaves it read as killing oneself
_KILL_WHAT = (r"(?! (?!(?:yourself|myself|oneself|urself|ur|your|my|me|you|u|self|without|with|painlessly|quickly|fast|quietly"
              r"|tonight|now|today|if|when|and|or|but|so|that|pls|please)\b)\w+)")
_WANT_TO = r"(?:(?:want|wants|wanna|wanted|ready|long|longing|yearn\w*) to|thinking of|thinking about|thought of|thought about)"
# the one who has died, whom someone wants "to be with again"
_LOVED_ONE = (r"(?:mum|mom|mam|dad|husband|wife|son|daughter|partner|him|her|them|nan|gran|granny|grandad|grandma|grandpa|brother|sister"
               r"|baby|boy|girl|fiance|fiancee)")
# an injury got doing something, said after "hurt myself" or "cut myself" (with at most how badly, when, or the tool
# between): at the gym, lifting, playing, when I fell, chopping onions, by accident. Not "again", "last night" or
# "when I'm stressed", which say nothing of how it happened, nor an injury said to be done on purpose or to feel.
_INJURY = (r"(?: (?:badly|bad|really badly|quite badly|a bit|properly|earlier|today|yesterday|this morning"
           r"|with (?:a |the |my )?(?:kitchen |sharp |stanley |bread |craft )?(?:knife|saw|chisel|axe|drill|tool|mower|hedge trimmer|scissors)))?"
           r" (?:(?:when|while|whilst) (?:i was |i )?)?(?<!not )(?:at (?:the )?(?:gym|work|football|rugby|training|practice|netball|hockey|pool|match|game)"
           r"|lifting|fell|falling|slipped|slipping|tripped|tripping|running|jogging|skiing|skating|snowboarding|cycling"
           r"|moving (?:house|furniture|boxes|a|the)|carrying|digging|exercising|working out|training|doing (?:sport|exercise|yoga|pilates|weights|squats|deadlifts|diy|the garden)"
           r"|on (?:a|the|my) (?:bike|trampoline|stairs|ladder|ice|treadmill|skis?)|" + _TASK_WORDS + r"|by accident|accidentally"
           r")\b"
           r"(?!(?: \w+){0,6} (?:on purpose|deliberately|intentionally|to (?:feel|punish|cope|calm|stop|make)|numb"
           r"|(?:because|cause|coz|cos|cuz|as) (?:i|im|i m) (?:feel|felt|feeling|wanted|want|deserve|hate|was (?:upset|angry|sad|numb))))")
_PATTERNS = [
    # not a sports drill ("coach made us run suicides", "a suicide squeeze bunt"), a car's doors, a film's name or a game's
    # "suicide mission"
    r"suicid\w*\b(?! (?:rates?|statistics|stats|figures)\b)(?!(?<=suicide) headaches?\b)(?<!run suicides)(?<!ran suicides)(?<!running suicides)(?<!doing suicides)(?<!do suicides)(?<!did suicides)"
    r"(?! (?:squeeze|sprints?|drills?|shuttles?|runs(?! in\b)|doors|squad|missions?)\b)",
    r"(?:kill|killing|hang|hanging|hurt|hurting|harm|harming|burn|burning|end|ending|starve|starving|poison|poisoning|overdose|overdosing|drown|drowning|shoot|shooting"
    r"|strangle|strangling|suffocate|suffocating|smother|smothering|electrocute|electrocuting|gas|gassing) " + _SELF
    + r"(?!(?:(?<=hurt myself)|(?<=hurting myself)|(?<=hurt my self)|(?<=hurting my self))" + _INJURY + ")"
    # the idiom of hard effort, said as a habit ("i kill myself grinding ranked every night"), not a wish or a plan
    r"(?!(?:(?<=\bi kill myself)|(?<=\bim killing myself)|(?<=\bi m killing myself)|(?<=been killing myself))"
    r" (?:grinding|working|studying|revising|training|lifting|practi[cs]ing|at (?:work|the gym)|in (?:training|the gym|practi[cs]e|rehearsals?|the office))\b)",
    # not "cut myself on my arm" (where, not on what) nor "when i was trying to stop the feelings"
    r"(?:cut|cutting) " + _SELF + r"(?! (?:shaving|on (?:a|an|the|some|broken|glass|paper|tin|can|barbed)\b"
    r"(?! (?:inside|insides|outside|back|front|top|underside|side) of (?:my|his|her)\b)"
    r"|(?:while|when|whilst) (?:i was |i m |im )?(?:cooking|chopping|shaving|gardening|opening|slicing|working|cutting|making"
    r"|doing|fixing|trying to (?:open|fix|mend|repair|cut|chop|slice|peel|carve|prise|pry|unscrew|undo))"
    r"|by accident|accidentally|chopping|cooking|slicing|opening|gardening|at work)\b)(?!" + _INJURY + ")",
    r"(?:take|taking) " + _SELF + r"(?! (?:to|off to|down to|up to|into|in to|for a|back|home|round|over|in (?:my|his|her|their|your) (?:own )?hands)\b)",
    r"(?:(?<!old )(?<!healed )(?<!faded )|(?!self ?harm\w* scars?\b))self ?harm\w*|self ?injur\w*|self ?mutilat\w*",
    r"(?:want|wanna|wanted|wanting|wish|wishing|going|gonna|planning|plan|ready|thinking about|thought about|thoughts of|think about|about)"
    r" (?:to )?(?:die\b(?! " + _DYING_OF + r")(?! " + _DYE_OBJECT + r")(?! " + _DEATH_PLACE + r")"
    r"|be dead|end it(?! with (?:my |this |the )?(?:boyfriend|girlfriend|bf|gf|fiance\w*)\b)|end it all|end things(?! with (?:my |this |the )?(?:boyfriend|girlfriend|bf|gf|fiance\w*)\b)|not wake up|not be here|disappear forever)",
    # "I'd like to" / "I'd love to" said of oneself: not a peaceful death one day, waking up without a headache,
    # being anywhere but a waiting room
    r"(?:id|i d|i would) (?:like|love) (?:to )?(?:just )?(?:die\b(?! (?:peacefully|at home|of old age|old|one day|when (?:im|i am|i m) old|happy|surrounded)\b| " + _DYING_OF + r"| laughing\b"
    r")|not wake up(?! (?:with|to|feeling|in|at|tired|early|without)\b)|be dead|end it all|end my life|kill myself"
    r"|not (?:be alive|exist)|not be here(?! (?:in|at|for|on|when|with|today|tomorrow|right now|this|anymore with)\b)|disappear forever)",
    r"(?:end|ending|ended) (?:it all|my life|everything|things|it)\b(?! (?:with|between))",
    r"(?:better|be better) off (?:dead|without (?:me|him|her|them)|if (?:i|he|she|they) (?:was|were|wasnt|werent|was not|were not) (?:gone|dead|here|around|alive|not here|not around)"
    r"|if i (?:just )?(?:died|disappeared|killed myself|ended it|was to die|were to die)\b)"
    # a burden: the others would be better off if the one typing, or the one typed about, died ("we'd all be better
    # off if she died"); not "he'd be better off if he died" said of a life with no quality left
    r"|(?:we|we d|wed|everyone|everybody|they|theyd|they d|you|youd|you d|the family|my family|the kids|my kids|all)"
    r" (?:would |will |d )?(?:all )?(?:be )?(?:better off|happier) if (?:i|he|she|they) (?:just )?(?:died|disappeared|was to die|were to die|(?:was|were) (?:dead|gone for good)|(?:wasnt|werent|was not|were not) (?:here|around|alive)|never existed|didnt exist)\b",
    # death welcomed, and asking to be helped to die (NHS, Samaritans: talk of death as a release or escape)
    # (not said for someone else at the end of an illness, or for a pet: "death would be a mercy for my gran now")
    r"(?:death|dying|being dead) (?:would|will|could|might) (?:be|feel like|come as) (?:a |such a |the |sweet )?(?:relief|release|blessing|mercy|escape|welcome)\b"
    r"(?! (?:for|to) (?!me\b))"
    # (not help to die at home, in peace or with dignity at the end of an illness)
    r"|(?:ask|asks|asked|asking|beg|begs|begged|begging|plead\w*|want|wants|wanted) (?:\w+ ){0,4}(?:to )?help (?:me|her|him|them) (?:to )?(?:die|end (?:it|my life|her life|his life|their life))\b"
    r"(?! (?:peacefully|at home|in peace|with dignity|comfortabl\w*|in (?:the )?(?:hospice|hospital)|not in)\b)",
    # not being able to keep safe, also said with doubt ("I don't think I can keep myself safe any more").
    # The forms beyond "can't keep myself safe" are not of a hazard (_HAZARD: covid, the stairs, the
    # roads, the bath in a fit), and "stay safe" is said by the one typing (not "my toddler can't stay safe")
    r"(?:cant|cannot|can not|not able to|unable to|no longer able to|no longer) keep (?:myself|me) safe|not safe (?:from|with|around) myself"
    r"|(?:(?:dont|do not|doesnt|does not) (?:think|know (?:if|whether|how (?:much )?(?:long|longer)))|(?:not|isnt|is not|arent|are not) (?:sure|confident|certain)"
    r"|unsure|doubt|idk|dunno|no idea) (?:that |if |whether |how (?:much )?(?:long|longer) )?"
    r"(?:(?:i|he|she|they) (?:can|could|will be able to|would be able to|am able to|is able to|are able to)|ill be able to|i ll be able to|im able to|i m able to)"
    r" " + _KEEP_SAFE + _HAZARD +
    r"|(?:(?:dont|do not|no longer|not) feel (?:able to|like i can|that i can|confident i can|sure i can)"
    r"|(?:struggling|struggle|struggled|finding it (?:hard|difficult|impossible|harder)|its (?:hard|getting hard(?:er)?)|(?:wont|will not|might not|may not|not going to|not gonna) be able)"
    r" to|(?:dont|do not|cant|cannot) trust myself to) " + _KEEP_SAFE + _HAZARD +
    r"|(?:cant|cannot|can not|no longer|not able to|unable to|isnt able to|is not able to) keep (?:himself|herself|themselves|themself) safe\b" + _HAZARD +
    r"|(?:cant|cannot|can not|unable to) guarantee (?:my (?:own )?safety|(?:that )?(?:i|ill|i will|i ll) (?:can )?(?:be|stay|keep myself) safe)\b" + _HAZARD +
    r"|(?:a|an immediate|a real|a serious) (?:danger|risk) to (?:myself|himself|herself|themselves)\b" + _HAZARD +
    r"|(?:scared|afraid|frightened|worried|terrified) (?:of )?what (?:i|ill|i ll|i will|i might|i could|i would|id)(?: might| could| will| would)? do to (?:myself|himself|herself|themselves)\b"
    r"|(?:(?<=^ )|(?<= i ))(?:cant|cannot|can not|unable to|not able to) stay safe\b"
    r"(?! (?:to|at(?! night\b)|in|on(?! (?:my|his|her|their) own\b)|from|with(?! (?:these|my|the|all these|all my|all the) (?:thoughts|feelings|urges)\b| myself\b)|outside|online|driving|when|while|if|during|for|around|near|behind|anywhere|(?!(?:feeling|being|thinking|everything|anything|nothing|something|morning|evening)\b)[a-z]+ing)\b)" + _HAZARD +
    r"|(?:dont|do not|doesnt|does not|no longer) feel safe (?:with|around|from|on my own with|alone with|being (?:alone|on my own|by myself) with)"
    r" (?:myself|himself|herself|themselves)\b",
    r"(?:if|wish) (?:i|he|she) (?:just )?(?:wasnt|werent|was not|were not) (?:here|around|alive)",
    r"\b(?:kms|kys)\b|unaliv\w*",
    r"voices? (?:\w+ ){0,3}(?:telling|tell|told|tells) (?:\w+ ){0,4}to (?:jump|kill|die|hurt|harm|end|cut|drown|stab)",
    r"(?:does|do|did|doing) it to cope|(?:blades|razors?|razor blades) (?:\w+ ){0,4}(?:room|bag|hidden|drawer|arm|arms)",
    # not "go on the trip", "carry on with the course", "go on medication"; not "live with her dad", "be here at
    # the hospital", "exist on takeaways", "wake up for school" (read of someone else too, through _PERSON)
    r"(?:dont|do not|didnt) want to (?:be here(?! (?:at|in|on) (?:the |this |a )?(?:hospital|ward|home|school|work|house|party|place|job|country|city|town|nursery|care home|appointment|clinic)\b)"
    r"|live(?! (?:in|at|near|on|there|abroad|alone|together|nearby|forever|for ever|to (?:be )?(?:90|100|a hundred))\b| with (?:her|his|my|their|our|a|an|us|them|him|me|mum|dad|mom|parents|grandma|nan|granny|grandad|friends|flatmates|partner|boyfriend|girlfriend)\b)"
    r"|be alive|exist(?! on\b)|wake up(?! (?:for|early|at|in time|on time)\b)"
    r"|(?:go|carry) on(?! (?:a|an|the|my|his|her|their|our|with|at|to|about|holiday|holidays|hols|trips?|rides?|dates?|tour|camp|school|stage|working|taking"
    r"|medication|meds|medicine|tablets|pills|antidepressants|insulin|hrt|statins|steroids|(?:any ?more|anymore) with)\b))",
    r"(?:rather|prefer to|prefer|sooner) (?:just )?(?:not be here|not be alive|not exist|not wake up|be dead|die|not be around)"
    r"(?! than (?:(?:go|going) (?:back )?(?:to|in|into) (?:the |that |a |my |his |her )?(?:dentist|dentists|doctors|gym|party|parties|shops|supermarket|ikea|hairdresser|hairdressers|barber|barbers|class|lesson|meeting|office|concert|karaoke|disco|prom|panto|gig)"
    r"|(?:have|having) (?:a |an |another |that |my )?(?:injection|jab|needle|filling|smear|colonoscopy|blood test|haircut|root canal)|(?:wear|wearing) (?:that|this|those|these|a|the|it)|sing|singing|dance|dancing|sit through)\b)",
    r"(?:easier|better) if (?:i|he|she|they) (?:didnt|did not|never|wasnt|werent|was not|were not) (?:wake up|woke up|here|around|alive|exist)"
    r"|(?:easier|better|simpler) (?:for (?:\w+ ){1,2})?if (?:i|he|she) (?:was|were) dead\b",
    r"(?:thought|thinking|think|thoughts) (?:about|of) (?:driving|crashing|swerving|jumping|walking|stepping|throwing myself) (?:into|off|in front of|under|onto)",
    # "thinking about driving my car into a wall"
    r"(?:thought|thinking|think|thoughts) (?:about|of) (?:driving|crashing|swerving|steering) (?:my |the |his |her |our )?(?:car|van|bike|motorbike|lorry|truck)? ?(?:into|off|in front of|under|onto) (?:a |the )?(?:wall|tree|bridge|lorry|truck|train|river|cliff|oncoming|traffic|barrier|lamp ?post|pillar|sea|bus)\b",
    r"(?:no|nothing|no point|no reason) (?:left )?(?:to live(?: for)?|living|in living|in going on|in life|for living|for being alive|to go on for|to keep living|to keep going|to carry on|to go on)\b",
    r"(?:not|isnt) worth (?:living|it anymore|going on)",
    r"(?:cant|cannot|can not) (?:go on|do this anymore|carry on|take it anymore|take it no more|cope anymore|keep going)"
    # (not "can't go on living with my parents": a home, not a life, that cannot go on; nor "can't go on much longer
    # with his knee": a body part waited on)
    r"(?! (?:\w+ ){0,2}with (?:his|her|my|the|this|that|these|their) (?:\w+ )?(?:knee|knees|hip|hips|back|leg|legs|foot|feet|shoulder|shoulders|neck|arm|arms|ankle|ankles|wrist|joints?|teeth|tooth|hearing|eyes?|eyesight)\b)"
    r"(?! (?:living|staying|sharing|working) (?:with|in|at) (?:my|our|his|her|their|the|them|him|parents|mum|mom|dad|flatmates?|housemates?|roommates?)\b)"
    r"|(?:the rest of my life|my life from now on|my life now|how my life (?:is going to|will) be) (?:\w+ ){0,5}(?:i|id|i would) (?:dont|do not|wouldnt|would not) want (?:it|to live|to be here|any of it|to be alive)\b",
    r"take (?:all )?(?:my|the|these|those) (?:pills|tablets|meds)(?: all)? at once" + _ROUTINE_DOSE,
    r"(?:life|living) (?:is|feels) (?:pointless|not worth)",
    r"(?:give|giving|gave) (?:away )?(?:all )?(?:my|his|her|their) (?:stuff|things|belongings|possessions) away",
    r"(?:say|saying|said) goodbye (?:to everyone|forever)",
    # giving things away "because I won't need them", and the means going missing
    # (not "i don't need it anymore, it's broken": the present tense is no goodbye)
    r"(?:wont|will not|wouldnt|would not|not going to)(?: be)? need(?:ing)? (?:it|them|these|this|that|those|any of (?:it|this|them|that)|(?:my|his|her|their) \w+)(?: \w+)? (?:anymore|any more|after (?:tonight|today|this)|where (?:im|hes|shes|i am|he is|she is) going)"
    r"|(?:dont|doesnt)(?: be)? need(?:ing)? (?:it|them|these|this|that|those|any of (?:it|this|them|that)|(?:my|his|her|their) \w+)(?: \w+)? (?:after (?:tonight|today|this)|where (?:im|hes|shes|i am|he is|she is) going)",
    r"(?:my|the|his|her|mums|dads|our) (?:sleeping |sleep |pain |heart |anti ?depressant |)(?:tablets|pills|meds|medication|painkillers|paracetamol) (?:are|have|has|had) (?:all )?(?:gone|gone missing|disappeared|been taken)\b",
    # warning signs the NHS and Samaritans pages name: saying goodbye, getting the means, feeling trapped
    r"(?:texted|text|texting|messaged|message|sent|wrote|writing|written|left|leaving|posted) (?:\w+ ){0,3}(?:saying |to say )?(?:goodbye|good bye|farewell|a goodbye|a suicide note|goodbye (?:note|letter|message)s?)",
    r"goodbye (?:and|&) sorry|sorry for everything",
    r"(?:bought|buying|buy|got|getting|found|tied|tying|made|making) (?:a |some |the )?(?:rope|noose)\b(?! (?:burns?|burnt|burned|ladders?|swings?)\b)(?! for (?:the |a |my |our )?(?:swing|boat|climbing|garden|tent|washing|dog|camping|tree|gym|kids))",
    r"(?:saving|saved|stockpil\w*|hoard\w*|collecting|stashing|stashed|storing|squirrel|squirrell?(?:ed|ing)|keeping back|kept back|holding back|putting aside|put aside|setting aside"
    r"|putting (?:\w+ ){0,2}to one side|put (?:\w+ ){0,2}to one side) (?:up |away )?"
    r"(?:(?:a|an|one|two|three|four|six|several|\d+) (?:\w+ )?(?:days?|weeks?|months?|years?) worth of (?:my |his |her |the )?|(?:\w+ ){0,3})"
    + _MEANS + r"\b" + _KEPT_FOR,
    _MEANS + r" (?:\w+ ){0,3}(?:saved|stockpiled|hoarded|stashed|squirrell?ed|put by)(?: up| away)?\b" + _KEPT_FOR,
    r"enough (?:\w+ ){0,3}" + _MEANS + r" (?:\w+ ){0,3}(?:to (?:do it|end it|end (?:it all|things|my life)|kill (?:me|myself|him|her|himself|herself|them|themselves)|die|not wake up|overdose|od)\b|(?:saved|stashed|stockpiled|hoarded|hidden|put by)\b" + _KEPT_FOR + ")",
    # the means kept hidden or saved "to take when I'm ready" / "for when the time comes"
    _MEANS + r" (?:\w+ ){0,4}(?:hidden|hid|hiding|kept|keeping|stashed|saved|put aside|put away|set aside)(?: \w+){0,5} (?:for )?" + _WHEN_READY,
    r"(?:keeping|kept|keep|saving|saved|putting|put|hiding|hid|holding) (?:\w+ ){0,3}" + _MEANS + r" (?:\w+ ){0,4}(?:for )?" + _WHEN_READY,
    # a plan to take all of them: "take every tablet in the house", "going to take them all tonight"
    r"(?:take|swallow|down|neck|eat) (?:all|every|each|every last|every single) (?:one of )?(?:of )?(?:the |my |his |her )?(?:\w+ )?(?:tablets?|pills?|meds|medication|painkillers)(?: \w+){0,2} (?:in the house|i can find|i can get (?:my hands on|hold of))\b|(?:every|all the) (?:tablets?|pills?|meds|painkillers) in the house",
    r"(?:going to|gonna|planning to|plan to|want to|wanna|ready to|about to|decided to|im|i am|i m|ill|i ll|i will|i shall)"
    r" (?:just )?(?:take|swallow|down|neck) (?:them|the lot|the whole lot|every(?: last| single)? one|all of them)(?: all)?"
    r" (?:tonight|when (?:everyone|every one|everybody|they|the kids|you)(?:s|re| are| is)? (?:asleep|out|gone|in bed))\b" + _PRESCRIBED,
    # thinking of or planning to take all of the means: "thought about taking all my tablets"
    r"(?:going to|gonna|planning to|plan to|want to|wanna|wanted to|ready to|about to|decided to|tempted to|urges? to"
    r"|thinking of|thinking about|thought about|thought of|thoughts of|think about) (?:take|taking|swallow|swallowing|down|downing|neck|necking|wash\w* down)"
    r" (?:all|every|every last|every single|the whole|the rest)(?: of)? (?:the |my |his |her |these |those )?(?:\w+ )?(?:"
    + _MEANS + r"|pill|tablet)\b(?! (?:\w+ ){0,3}(?:with (?:me|us|you|him|her|food|a meal)|to (?:the|a|my) (?:chemist|pharmacy|gp|doctor|doctors"
    r"|surgery|hospital|appointment|review)|back|on holiday|away|as (?:prescribed|directed)|in the morning|at (?:breakfast|lunch|dinner"
    r"|bedtime))\b)" + _PRESCRIBED,
    # giving a pet or treasured things away while sorting a will or a funeral, in either order
    _GIVE + _TREASURED + r"(?: \w+){0,14} (?:sort\w*|mak\w*|made|writ\w*|wrote|written|chang\w*|updat\w*|did|done|do|finish\w*|sign\w*) (?:out )?" + _ANYONES + r"(?:will|funeral|affairs)\b",
    _SORT + _ANYONES + r"(?:will|funeral)\b(?: \w+){0,14} " + _GIVE + _TREASURED,
    _GIVE + _HEIRLOOM + r"(?: \w+){0,14} (?:sort\w*|mak\w*|made|writ\w*|wrote|written|chang\w*|updat\w*|did|done|do|finish\w*|sign\w*) (?:out )?" + _MY + r"(?:will|funeral|affairs)\b",
    _SORT + _MY + r"(?:will|funeral)\b(?: \w+){0,14} " + _GIVE + _HEIRLOOM,
    # "you won't have to worry about me", not "... on the trip" or "... I'll be fine"
    r"(?:(?:you|they|he|she|everyone|everybody|nobody|no one|noone|people|the family|mum|dad|the kids)(?: all)? (?:wont|will not|will never|never|wouldnt|would not)"
    r"|(?:nobody|no one|noone) (?:will|would)(?: ever)?) (?:have to|need to|got to) (?:worry|bother) about me\b(?! (?:\w+ ){0,3}(?:ill|i will|im|i am|i ll) (?:be )?(?:fine|ok|okay|alright|all right|home|back|careful|safe|staying|at\b(?! peace| rest)))"
    r"(?! (?:on|at|during|while|whilst) (?:the|my|a|an|your|our|his|her) \w+"
    r"| (?:on|at|during|while|whilst|when|for|if) (?:\w+ ){0,2}(?:trip|holiday|holidays|hols|school|uni|university|college|work|shift"
    r"|camp|course|conference|residential|weekend|journey|flight|sleepover|away|abroad|travelling|traveling|there)\b"
    r"| (?:tonight|today|tomorrow|this|next|until|till)\b(?!(?: \w+){0,3} (?:gone|dead|not here|not around|no longer)\b))",
    # not "doesn't want to be a burden so she won't ask for help with the shopping"
    r"(?:wont|will not|wouldnt|would not|dont want to) be (?:anyones|anybodys|a|your|their) (?:problem|burden)(?! so (?:i|he|she|they) (?:wont|doesnt|dont|never) (?:ask|call|ring|bother)\b)",
    r"(?:this is|thats|its) the last time (?:youll|you will|ill|i will|hell|he will|shell|she will|i|he|she|you) (?:ever )?(?:call|hear from|speak to|see|talk to)|last time (?:hell|shell|ill|he ll|she ll) (?:call|ring|speak)",
    r"(?:cant|cannot|can not|dont think i can|not sure i can) (?:hold on|last|keep fighting|fight (?:it|this)) (?:much |any )?(?:longer|anymore|any more)",
    # not "a burden on the system" (the council's word for him)
    r"(?:im|i am|feel like|feel|feel like im|feel like i am) (?:just )?(?:a|such a) (?:burden|waste of space)"
    r"(?! (?:on|to) (?:the )?(?:system|council|state|taxpayer|economy)\b| according to)",
    # talking about, or looking up, killing oneself (NHS, Samaritans: talking about suicide is a warning sign)
    r"(?:talk\w*|spoke|speaking|mention\w*|going on|went on|search\w*|googl\w*|looked up|looking up|research\w*) (?:about |for |up )?(?:how to |ways to |ways of )?"
    r"(?:killing|kill|ending|end|hurting|hurt|harming|harm) (?:himself|herself|themselves|myself|his life|her life|their life|my life|it all)\b",
    r"(?:been|keep|kept|started|start|still|again) (?:cutting|scratching|burning|hitting) (?:myself|my (?:arms?|wrists?|legs?|thighs?|stomach|tummy|skin|body|hips?|forearms?))\b"
    r"(?! (?:\w+ ){0,2}(?:shav\w*|cooking|chopping|gardening|brambles?|paper|kitchen)\b)|(?:cutting|scratching|burning) (?:my )?(?:arms?|wrists?|legs?|thighs?) (?:again|on purpose|deliberately)",
    r"(?:cut|cutting|slit|slash\w*) (?:my|his|her) wrists?",
    # someone else self-harming, as a friend or parent types it ("my friend has been cutting herself", "I think my
    # son's cutting himself": folded, "son's" is "sons", so no verb is asked for). Not a slip: on the oven, while
    # cooking, with the hair straighteners (a lighter, a blade or a knife is no slip); nor "burning herself out"
    r"(?:cutting|cuts|burning|burns|burnt|burned|harming|harms|harmed) (?:himself|herself|themselves)\b" + _SLIP,
    r"(?:cut|hurt|burnt|burned|hit) (?:\w+ ){0,4}(?:deeper|worse|more) than (?:i|he|she) (?:meant|wanted|intended)",
    # the steps of the Columbia suicide severity screen (C-SSRS), in everyday words:
    # a wish to be dead,
    r"(?:wouldnt|would not|wont|dont) (?:mind|care) if (?:i|he|she) (?:didnt|did not|dont|never|wouldnt) (?:wake up|wake|make it|come back)",
    r"(?:hope|hoping|wish|pray|praying) (?:that )?(?:i|to) (?:dont|never|wont|wouldnt|do not|not) wake up|(?:go to sleep|fall asleep) and (?:never|not) wake up",
    r"wish (?:i (?:was|were|had been) )?(?:dead|never born)|wish (?:i|id|i had|i d) (?:never been|not been|hadnt been|had not been) born|wish i (?:could|would) (?:just )?(?:die|disappear)",
    # thoughts without a method,
    r"(?:whats|what is) the point (?:anymore|any more|(?:of|in) (?:it all|anything|living|life|being alive|going on|carrying on|me|trying))|(?:whats|what is) the point\s*$",
    r"no (?:reason|point) (?:for (?:me|him|her|them) )?(?:to|in) (?:carry(?:ing)? on|go(?:ing)? on|liv(?:e|ing)|keep(?:ing)? going|be(?:ing)? here|stay(?:ing)? alive)",
    # ... not of a thing to do ("the point in going on with the physio", "of me going to the gp",
    # "in life insurance", "anymore of taking these tablets")
    r"(?:dont|cant|do not|cannot|can not) see (?:the|any) point (?:(?:anymore|any more)\b(?! (?:of|in) (?!(?:it all|anything|living|life|going on|carrying on|me|being)\b))"
    r"|(?:of|in) (?:it all|anything|living|life|going on|carrying on|me|being (?:here|alive|around))\b" + _NOT_A_TASK + ")",
    # a method,
    r"(?:how many|how much) (?!(?:\w+ ){0,2}(?:days|weeks|months|hours|minutes|years|time|longer|sessions)\b)(?:\w+ ){0,6}(?:would it take|does it take|would kill|to (?:die|overdose|kill))(?! to (?:get|work|help|kick|start|feel|clear|cure|bring|take effect|ease|treat|heal|recover|reach|build|lower|raise|settle|wear off|digest|pass|show"
    r"|make (?:a difference|(?:you|me|him|her|them|it|things) (?:feel )?better|(?:it|the \w+|my \w+|your \w+) (?:go away|go down|better|work|stop hurting))"
    r"|stop (?:the |my |a |your )?(?:heart (?:racing|pounding|fluttering|skipping|palpitat\w*)|pain|headache|migraine|bleeding|itch\w*|cough\w*|diarrh\w*|vomiting|sickness|period|swelling|hurting|working|aching)"
    r"|go (?:away|down))\b)|(?:lethal|fatal|deadly) (?:dose|amount)",
    r"(?:how many|how much) (?:of )?(?:\w+ ){0,2}" + _MEANS + r" (?:\w+ ){0,3}(?:it takes|will it take)(?: to (?:die|kill (?:you|me|someone|a person|yourself|myself)|overdose|od|end it|not wake up))?(?= ?$| (?:and|but|so|because|cos|im|ive|i)\b)",
    r"(?:tablets|pills|meds|medication|paracetamol) (?:\w+ ){0,2}(?:lined up|counted out|all ready|ready to take)",
    r"(?:loaded|load|loading|got out|took out|taken out) (?:\w+ ){0,3}(?:gun|shotgun|rifle|pistol)|(?:gun|shotgun|rifle|pistol) (?:\w+ ){0,5}(?:loaded|out of the cabinet)",
    # at the edge of a drop; a high place alone is one warning sign, read with the others in _SIGNS
    # ("standing on the bridge taking photos" is not a crisis, "on the bridge and wants it all to stop" is)
    r"(?:standing|sitting|stood|sat|climbed|climbing) (?:on|at|onto|up on|over) (?:the |a )?(?:edge of (?:the |a )?(?:bridge|cliff|roof|multi storey)|ledge|wrong side of (?:the )?(?:railings|barrier))"
    r"(?! (?:fixing|cleaning|repairing|mending|working|painting|clearing|replacing|tiling|eating|taking (?:photos|pictures|a photo|a picture|selfies)"
    r"|having (?:a |our |my |his |her )?(?:picnic|lunch|sandwich|drink|coffee|tea)|watching the (?:sunset|sunrise|view|sea|waves|boats|birds|fireworks)|all day|at work|for work|for (?:my|his|her) (?:job|work))\b)",
    # on the railway line itself: there is no innocent reason to stand, sit or lie on the tracks
    r"(?:standing|sitting|stood|sat|lying|laying|lay|lies|sits|stands|kneeling|knelt) (?:on|onto|across|in the middle of) (?:the |a )?(?:railway (?:line|lines|track|tracks)|train (?:line|track|tracks)|rail tracks|tracks)\b",
    # intent and a plan,
    r"(?:going to|gonna|will|im going to|i am going to) do it (?:tonight|today|tomorrow|now|soon|this time|when (?:every ?one|everybody|they|the kids))",
    r"(?:written|wrote|writing|left) (?:the |my |some |a |his |her )?(?:suicide note|goodbye note|farewell note|goodbye letter|farewell letter|last letter|final letter)s?\b",
    r"(?:said|say|saying|says) goodbye to (?:us|me|everyone|everybody|the family|his family|her family)\b(?! (?:at|and (?:left|went)|before (?:work|school|leaving|bed)))",
    # and behaviour.
    r"(?:been|keep|kept|started|start|still) (?:cutting|burning) (?:again|every|myself\b" + _SLIP + ")",
    r"(?:want|wants|wanted|wanting) (?:to )?(?:hurt|harm|kill) (?:myself|themselves|himself|herself|the baby|my baby)",
    r"(?:thoughts?|urges?|thinking) (?:of|about) (?:hurting|harming|killing|smothering|shaking) (?:myself|me|the baby|my baby|him|her|them|my son|my daughter|my child|my kids|someone|somebody|people)",
    # everyday, slang and typed ways of saying the same things (UK, US, Australian; text-speak, misspellings)
    # "off myself" is not "take the pressure / weight / focus off myself"
    r"(?:top|topping|topped|(?<!pressure )(?<!weight )(?<!load )(?<!heat )(?<!focus )(?<!attention )(?<!eyes )(?<!strain )(?<!stress )(?<!blame )(?<!spotlight )(?<!burden )(?<!hands )(?<!edge )off|offing|offed) (?:myself|my self|himself|herself|themselves)\b(?! up)|do (?:myself|himself|herself) in\b",
    r"(?:lost|losing|no|have no|got no|dont have|do not have|doesnt have|havent got|hasnt got|have not got) (?:the |my |any |all )?will to live",
    # not bare "want the pain to stop": in a health tool that is mostly toothache, migraine or labour pain
    r"(?:want|wanna|wish|need) (?:it all|everything|life) to (?:stop|end|be over)|(?:want|wanna|wish|need) the pain to (?:stop|end|be over) (?:forever|for ever|for good|permanently)|(?:want|wish) it (?:was|were|would be|to be) all over",
    r"(?:tired|sick|weary) (?:of|from) (?:living|life|being alive|existing)\b(?! (?:in|with|here|there|on|near|under|next|alone|out of|off|from|paycheck|pay|payday|hand)\b| at\b(?! (?:the moment|the minute|the mo|times|this point|this stage|present)\b))",
    r"(?:cant|cannot) be (?:bothered|arsed) (?:living|with life|being alive|existing)|cba (?:living|with life|being alive|existing)",
    # folded, "they'd" is "theyd" and "you're" is "youre"
    r"(?:world|everyone|everybody|family|they|kids|you|he|she|people)(?: else)? (?:would|d|will|ll|is|are)(?: all)? (?:be )?better (?:off )?without me|(?:theyd|youd|hed|shed|everyoned|everybodyd|theyll|youll|theyre|youre|everyones|everybodys)(?: all)? (?:be )?better (?:off )?without me",
    # "said my last goodbyes to dad before he died" is a bereavement, not a farewell
    r"(?:putting|put|sorting|sorted|sort|getting|get|got) (?:my|his|her|their) affairs in order|(?:saying|said|says) (?:his |her |their |my )?(?:final|last) goodbyes?\b(?!(?: \w+){0,4} (?:before (?:he|she|they|it) (?:died|passed|went)|at (?:the|his|her|their) funeral))",
    r"(?:want|wanna|wants|wanted|wish) (?:i could |to )?(?:disappear|vanish|stop existing|cease to exist|not exist|fade away|waste away)\b(?! (?:for|to|on|into|off|somewhere|abroad|under)\b)"
    r"|(?:want|wanna|wants|wanted|wish) (?:i could |to )?(?:go away|disappear|vanish) (?:forever|for ever|for good)(?: and never come back)?\b",
    r"wish (?:i|he|she) (?:didnt|never|did not) exist(?:ed)?",
    r"(?:thinking|think|thought|thoughts|keep thinking) (?:about|of) (?:dying|death|being dead|not being here|not being alive|not existing)\b(?! (?:my|his|her|the|it|them|your|our|their|hair)\b)",
    r"(?:done|finished) with (?:life|living|this life|this world|being alive)\b(?! (?:in|with|here|there|on|near|under|next|alone|out of|off|from)\b| at\b(?! (?:the moment|the minute|the mo|times|this point|this stage|present)\b))",
    # "jumping off the bus" is getting off it: a vehicle only with "in front of" or "under", or "throw myself"
    r"(?:jump|jumping|jumped) (?:off|from|in front of|under) (?:a |the )?(?:bridge|building|roof|cliff|tower|car park|multi ?storey|balcony)|(?:jump|jumping) (?:in front of|under) (?:a |the )?(?:train|bus|lorry|truck|car|traffic|tracks|tube)|(?:throw|throwing) (?:myself|himself|herself) (?:off|from|in front of|under) (?:a |the )?(?:bridge|building|roof|cliff|tower|car park|multi ?storey|balcony|train|bus|lorry|truck|car|traffic|tracks|tube)",
    r"(?:want|wanna|wish|wishing|hope) (?:i could |to )?(?:sleep|go to sleep|fall asleep) (?:forever|and never wake up|and not wake up)",
    r"(?:want|wanna|wish|going|gonna|plan|planning|ready) 2 (?:die|end it|kill (?:myself|my self))\b",
    r"(?:going to|gonna|planning to|plan to|want to|wanna|thinking of|thinking about|thought about) (?:take an |taking an |taking |do an )?(?:od|overdose|overdosing)\b",
    r"sucid\w*|sucide|suicd\w*|suisid\w*|suiside|suiced\w*|sewer ?slide|ctb\b",
    # not "no point going on holiday / antibiotics", "no point carrying on taking the tablets", "no point in me going to the GP"
    r"no point (?:going on|carrying on)\b(?! (?:a|an|the|holiday|holidays|hols|about|at(?! (?:my|his|her|their|our|this|that) age\b)|to|it|them|taking|medication|meds|tablets|pills|antibiotics|hrt|statins|trips?|dates?|diets?|waiting|with (?:the|this|that|treatment|medication|meds|tablets|pills|physio|exercises?))\b)|no point (?:living|being (?:here|alive)|trying anymore|in me(?: (?:being (?:here|alive|around)|living|existing|going on|carrying on|staying alive|anymore|any more)|\s*$))",
    r"(?:dont|do not|cant|cannot|can not) see (?:the |any )?point (?:in |of )?(?:me )?(?:living|being (?:here|alive|around)|existing|staying alive|going on|carrying on)\b(?! (?:a|an|the|holiday|holidays|hols|about|at|to|it|them|taking|medication|meds|tablets|pills|antibiotics|trips?|diets?|with (?:the|this|that|treatment|medication|meds|tablets|pills|physio|exercises?))\b)|(?:dont|do not|cant|cannot|can not) see (?:the |any )?point (?:anymore|any more)",
    # "tomorrow" and "next week" only of a person ("my GP won't be here next week" is a rota)
    r"(?:wont|will not|not going to) be (?:around|here) (?:much longer|for (?:much )?longer|anymore|any more)|(?:i|im|i am|ill|he|hes|he is|hell|she|shes|she is|shell|they|theyre|they are|theyll) (?:wont|will not|not|not going to|not gonna) be (?:around|here) (?:tomorrow|next (?:week|month|year)"
    r"|by (?:tomorrow|next \w+|the (?:weekend|morning|end of (?:the )?\w+)|then|christmas|xmas|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|for (?:christmas|xmas|(?:my|his|her|their|your|the kids|mums|dads|our) (?:\w+ )?(?:birthday|wedding|christmas|exams?)|(?:next|the) (?:week|month|year|summer|holidays))"
    r"|at christmas|this (?:christmas|time next \w+))\b"
    r"(?! (?:\w+ ){0,2}(?:im|i am|i m|ill be|i ll be|ill|were|we re|well|hes|shes|he ll|she ll|theyll|they ll)"
    r" (?:be )?(?:working|away|abroad|on (?:holiday|a|the)|visiting|travelling|traveling|staying|going (?:on|away|abroad|to (?:visit|see|stay))|off to|moving|in hospital|at\b(?! peace| rest))"
    # (or the trip said without a subject: "i wont be around next month, off to thailand")
    r"| (?:\w+ ){0,1}(?:off to|flying to|away (?:on|in|at|for|with)|abroad|on (?:holiday|hols|a trip|a course)|travelling|traveling|moving (?:house|to))\b)",
    r"(?:wont|will not|never) have to (?:worry about|deal with|put up with|see) me (?:again|anymore|any more|much longer|for much longer|for long)\b",
    r"(?:relapsed|relapse|relapsing) (?:on |with |into )?(?:sh|self harm|cutting)\b(?! t\b)|urges? to (?:sh|self harm)\b(?! t\b)",
    # "scratch myself until it bleeds" is itchy skin (eczema): scratching counts on purpose or to feel
    r"(?:punch|punching|punched|bang|banging|banged|bite|biting|hit|hitting|starve|starving|burn|burning) (?:myself|himself|herself) (?:on purpose|deliberately|to feel|until|till)\b|(?:scratch|scratching|scratched|bit|burnt|burned|starved|hurt|hurts|hurting|cut|cuts|harm|harms|harming) (?:myself|himself|herself|themselves) (?:on purpose|deliberately|to feel)\b",
    # nobody would notice if I died (Samaritans: feeling no one would miss you)
    r"(?:no one|noone|nobody|no body)(?: else)? (?:would|will|d)(?: even)? (?:care|notice|miss me) if (?:i|he|she) (?:died|was dead|were dead|was gone|were gone|wasnt here|wasnt around|disappeared|killed (?:myself|himself|herself))",
    # --- acts of self-harm, read by what makes them self-harm rather than by each wording ---
    # done on purpose: a harm to one's own body, an overdose, insulin left off, with "on purpose",
    # "deliberately" or "intentionally" later in the sentence (not "not on purpose", "by accident")
    r"(?:(?:cut|cuts|cutting|burn|burns|burnt|burned|burning|hit|hits|hitting|punch\w*|bang\w*|bit|bite|bites|biting|scratch\w*"
    r"|hurt|hurts|hurting|harm|harms|harming|harmed|starv\w*|chok\w*|strangl\w*|stab\w*|poison\w*) (?:myself|himself|herself|themselves"
    r"|(?:my|his|her|their) (?:own )?(?:head|arms?|legs?|wrists?|thighs?|face|skin|hands?|fists?|stomach|tummy|body|neck|chest|hips?))"
    r"|overdos\w*|\bod\b|(?:took|taken|take|takes|taking) (?:an |a )?(?:overdose|od|too many|loads of|a load of|lots of|a lot of|a handful of"
    r"|all (?:my|the|his|her|their)|the whole|\d+|twenty|thirty|forty|fifty)"
    r"|(?:stopped|stopping|stop|not|skipped|skipping|missed|missing) (?:taking |having |doing )?(?:(?:my|his|her|their) )?insulin)"
    r"(?: (?!(?:didnt|dont|doesnt|wasnt|isnt|not|never|hardly)\b)\w+){0,8} (?:on purpose|deliberately|intentionally|purposely|purposefully)\b",
    # a harm to oneself "when I get overwhelmed", "when we argue"
    r"(?:cut|cuts|cutting|burn|burns|burnt|burned|burning|hit|hits|hitting|punch\w*|bang\w*|scratch\w*|bite|bites|biting|hurt|hurts|hurting"
    r"|harm|harms|harming) (?:myself|himself|herself|themselves)(?: \w+){0,5} (?:when|whenever|every time|each time|if) (?:i|he|she|they|we|things"
    r"|it|everything) (?:\w+ ){0,3}(?:(?:feel|feels|feeling|felt|get|gets|getting|got|am|im|is|are|m|s|re)(?: so| really| very| too| a bit)? (?:down|low|bad|cross"
    r"|rubbish|awful|shit|crap|too much|on top of me|like it)|upset|angry|stressed|anxious|overwhelm\w*|panic\w*|sad|mad|depressed|frustrated|triggered"
    r"|lonely|numb|jealous|drunk|wound up|worked up|argue|argued|arguing|fight|fights|fought|fighting|rowed|rowing|shout\w*|yell\w*|told off|rejected)\b",
    # a ligature, a noose
    r"ligatures?|\bnooses?\b|(?:tied|tie|tying|ties|put|putting|wrapped|wrapping|pulled|pulling) (?:a |the |some |his |her |my )?(?:something"
    r"|belt|cord|rope|cable|wire|string|(?:dog )?lead(?= (?:\w+ ){0,2}(?:round|around) my )|charger cable|dressing gown cord|tights|shoelace|thing|item)s?"
    r" (?:(?!of\b)\w+ ){0,2}(?:round|around) (?:my|his|her|their) (?:own )?neck",
    # the ways looked up: "painless ways to die", "how to hang yourself", "best way to overdose"
    r"(?:painless|easy|easiest|quick|quickest|best|quiet|quietest|peaceful|simple|simplest|fast|fastest|surest|sure)"
    r" (?:ways?|methods?) (?:to|of) (?:die|dying|kill" + _KILL_WHAT + r"|end (?:it|it all|my life|your life|a life)|commit suicide|overdose|od)\b"
    r"|(?:ways?|methods?|how) (?:to|of) (?:die|dying)\b(?! (?:my|your|his|her|their|the) (?:hair|clothes|shoes|jeans|eyebrows|beard|wool|fabric|roots)\b)"
    r"|how (?:to|do you|do i|can i|can you|would you|would i) (?:kill|hang|drown|poison|suffocate|strangle|shoot|end|unalive)"
    r" (?:yourself|myself|oneself|urself|ur self|your self|your life|my life)\b",
    # "I have a plan for how I'd do it"
    r"(?:have|got|made|making|ive got|i have) (?:a |the |my )?plan (?:for |of )?(?:how|to|when|where) (?:(?:i |id |i would |ill |i will )(?:do it|end it|end my life|kill myself|go through with it|die)"
    r"|(?:to )?(?:end my life|kill myself|go through with it|die))\b",
    # how many of them "it would take"
    r"(?:how many|how much) (?!(?:\w+ ){0,2}(?:days|weeks|months|hours|minutes|years|time|longer|sessions)\b)"
    r"(?:(?=(?:\w+ ){0,5}?(?:of (?:my|his|her|their|the|these|those|them|it)\b|" + _MEANS + r" ))(?:\w+ ){1,6}|(?<=many ))it (?:would|will|d) take"
    r"(?= ?$| (?:and|but|so|because|cos|im|ive|i)\b| to (?:die|kill (?:me|myself|you|yourself|someone|a person)|overdose|od|end it|not wake up)\b)",
    # rather be anywhere than alive; better off with the insurance
    r"(?:rather|prefer to|sooner) (?:\w+ ){0,5}than (?:be here|being here|be alive|being alive|live|living|carry on|go on|be around|exist|stay)"
    r"(?= ?$| (?:anymore|any more|any longer|another day|tbh|honestly|and|but|so|because|cos|if|tonight|now)\b)",
    r"better off (?:with |having |getting )?(?:the|my|his|her|their) (?:life )?insurance(?: money| payout| pay out)?\b(?! (?:policy|policies|quote|cover|plan|deal|company|through|from work))"
    r"|better off (?:\w+ ){0,4}(?:life insurance|insurance money|insurance payout|insurance pay out)(?: \w+){0,3} (?:than (?:with )?(?:me|him|her|them)"
    r"|if (?:i|he|she|they) (?:was|were|died|wasnt|werent))\b",
    # letting oneself die; ending one's own life in anyone's words ("thoughts of ending her life")
    r"let (?:myself|himself|herself|themselves) (?:just )?(?:die|starve|waste away|slip away|fade away)\b",
    r"(?:end|ending|ended|ends|take|taking|took|takes|taken) (?:his|her|their|your|my) (?:own )?life\b(?! (?:in|into) (?:my|his|her|their|your) (?:own )?hands| back\b| for granted| over\b| away from)",
    r"urges? to (?:cut|self ?harm|sh|hurt myself|harm myself|burn myself)\b(?! (?:(?:my|his|her|the|some|a|it|them|back|down|out|off|your) )?"
    r"(?:hair|fringe|nails|grass|hedge|lawn|back|down|out|off|ties|costs|cake|bread|corners|carbs|sugar|t)\b)",
    # someone else killing themselves, in their own words or another's ("he'll kill himself if I leave"): not
    # the idiom of a hard worker or a fall ("he'll kill himself on that ladder")
    r"(?:kill|kills|killing|killed|hang|hanged|hangs|hanging|drown|drowned|poison|poisoned|shoot|shot|overdose|strangle|strangled|strangling"
    r"|suffocate|suffocated|suffocating|smother|smothered|smothering) (?:himself|herself|themselves|yourself|urself)\b"
    r"(?! (?:\w+ ){0,2}(?:falling|working|laughing|trying|doing|one day|in the foot)\b"
    r"| (?:\w+ ){0,2}with (?:all )?(?:that|those|this|the|all|his|her|their) (?:\w+ )?(?:work|overtime|hours|shifts|jobs?|training|exercise|gym|running"
    r"|drinking|drink|booze|smoking|fags|cigarettes|vapes?|partying|worry|worrying|stress|diet|dieting|sugar|food|takeaways|junk|driving|motorbike|bike)\b"
    r"| (?:\w+ ){0,2}on (?:that|those|this|the|a|his|her|their) (?:\w+ )?(?:ladders?|roof|bike|motorbike|scooter|skateboard|trampoline|stairs|steps|ice|horse"
    r"|quad|roads?|job|building site|diet|way home|way to work)\b"
    r"|(?: \w+){0,3} if (?:he|she|they|i) (?:keep|keeps|carry|carries|continue|continues|goes on|go on)\b"
    r"|(?: \w+){0,3} if (?:he|she|they|i) (?:doesnt|dont|does not|do not) (?:slow down|stop working|rest|take it easy|calm down|be careful|watch out|look where|eat|sleep)\b)",
    # fear of dying that turns to a wish: "I feel like I'm going to die and honestly I hope I do"
    r"(?:die|dying|dead)\b(?: \w+){0,4}" + _WISH,
    # fresh cuts in the places self-harm leaves them
    r"(?:fresh|new|lots of|loads of|rows of|lines of) (?:cuts|slashes|scratches|burns) (?:on|across|all over|up and down) (?:\w+ ){0,2}(?:thighs?|wrists?|forearms?|upper arms?|arms)\b"
    r"(?!(?: \w+){0,3} (?:from|after|by|while|whilst|when) (?:\w+ )?(?:shaving|waxing|epilating|brambles?|thorns?|nettles?|roses?|bushes|hedges?|cats?|dogs?"
    r"|kittens?|puppy|fall|falling|fell|bike|cycling|rugby|football|hockey|gardening|climbing|eczema|itching|nails|accident|accidentally)\b)",
    # --- round 23: a self-harm act read as an act, a mark and what is done about it, not as each wording ---
    # an act against one's own body with a reason that makes it self-harm beside it ("I scald my hands under the
    # hot tap on purpose to feel something", "scratching my arms till they bleed whenever I'm stressed", "I punch
    # the wall on purpose so my knuckles hurt"); an accident or an itch says otherwise (_SELF_HARM_NOT)
    r"(?:cut|cuts|cutting|slit|slice|slicing|slash\w*|burn|burns|burnt|burned|burning|scald\w*|punch\w*|hit|hits|hitting|bang\w*"
    r"|scratch\w*|bite|bites|biting|pinch\w*|gouge\w*|starv\w*|hurt|hurts|hurting|harm|harms|harming|injur\w*|stab\w*|carv\w*)"
    r"(?! (?:\w+ ){0,4}(?:chopping|cooking|shaving|baking|gardening|ironing|by accident|accidentally)\b)"
    # ... done to oneself, to one's body or against a wall (not "my shoulder hurts", "cut my hair", "burn candles",
    # "my cat scratches me", "bite my lip"); or "cutting" said alone ("I cut when I'm stressed")
    r"(?: (?:myself|himself|herself|themselves|themself|yourself)\b|" + _OWN_BODY + r"|(?: \w+){0,2} (?:into|in|on|onto|across|against|at) "
    r"(?:(?:my|his|her|their|your) (?:own )?(?:\w+ )?" + _BODY + r"|(?:the |a )?(?:wall|walls|door|doors|mirror|window|floor|radiator)\b)"
    r"| (?:the |a |my |his |her )?(?:wall|walls|door|doors|mirror|window|windows|floor|radiator)\b)(?: \w+){0,8}"
    r"(?<!didnt do it)(?<!didnt do that)(?<!not do it)(?<!didnt)(?<! not)(?<!never)(?<!wasnt) " + _SELF_HARM_WHY +
    r"|(?:cut|cuts|cutting)(?: (?:again|still|sometimes|often|a lot|more|deeper|now|badly))* " + _SELF_HARM_WHY +
    # a blade's act with a reason only self-harm has, whatever it is done to ("cutting over my scar on purpose")
    r"|(?:cut|cuts|cutting|slit|slice|slicing|slash\w*|stab\w*|carv\w*)(?! (?:out|down|back|off|up|ties|corners|costs|through|in|into (?:the|a))\b)"
    r"(?! (?:\w+ ){0,4}(?:chopping|cooking|shaving|baking|gardening|by accident|accidentally)\b)(?: \w+){0,6}"
    r"(?<!didnt do it)(?<!didnt do that)(?<!not do it)(?<!didnt)(?<! not)(?<!never)(?<!wasnt) (?:on purpose(?! (?:\w+ ){0,2}(?:no|not|nope)\b)"
    r"|deliberately|intentionally|to feel (?:something|anything|pain|real|alive|numb)|to punish (?:myself|himself|herself)"
    r"|(?:makes|made) (?:me|him|her|them) feel (?:something|anything|real|alive)|(?:its|it is|thats|that is) the only thing that helps)\b",
    # marks of self-harm and what is done about them: hidden, covered, or said to be self-done ("cuts all over
    # her forearms and wears long sleeves in summer", "how to hide cuts from parents", "says she did them herself");
    # bruises only when said to be self-done (hidden bruises are as often of a partner's hands)
    r"(?:hide|hiding|hid|cover|covering|covered|conceal\w*) (?:up )?(?:my |the |her |his |their |these |those |self harm |sh |old |new |fresh )*"
    r"(?:cuts|scars|marks|burns|scratches|wounds)\b" + _NOT_SELF_MARKS +
    r"|" + _NOT_SELF_MARK_BEFORE + r"(?:cuts?|scars?|marks?|burns?|scratch(?:es)?)" + _NOT_SELF_MARKS + r" (?:\w+ ){0,12}(?:long sleeves"
    r"|(?:hide|hides|hiding|hid|covers|covering) (?:them|it)\b|" + _SELF_DONE + _NOT_A_CAUSE + _NOT_A_TASK_INJURY + r")"
    r"|" + _NOT_SELF_MARK_BEFORE + r"bruises" + _NOT_SELF_MARKS + r" (?:\w+ ){0,12}" + _SELF_DONE +
    r"|" + _NOT_SELF_MARK_BEFORE + r"(?:cuts|scars|marks|burns)" + _NOT_SELF_MARKS + r" (?:\w+ ){0,6}how (?:do|can|should) (?:i|you) hide (?:them|it)\b",
    # ending life in a second language or a hurry: "i want finish my life", "i think to kill me self"
    r"(?:want|wanna|wish|think|thinking|going|ready|decide\w*) (?:to )?(?:finish|stop|end) (?:my|me|mine|his|her|their) (?:own )?life\b(?! (?:story|stories|book|memoir\w*|history|insurance|assurance|plan|coach\w*"
    r"|admin|course|lessons?|skills?|cover|policy|savings|goals?|list|support|sentence|membership|drawing|modelling|class\w*|review)\b)",
    # the means turned on oneself ("a gun in the house and I've been thinking about using it on myself")
    r"(?:us\w*|turn\w*|point\w*) (?:the gun|a gun|his gun|my gun|the knife|a knife|the rope|the shotgun|the rifle) (?:on|at|against) (?:myself|himself|herself|themselves)\b"
    r"|(?:gun|guns|rifle|shotgun|pistol|knife|blade|rope) (?:\w+ ){0,12}(?:us\w*|turn\w*|point\w*) (?:it|them) (?:on|at|against) (?:myself|himself|herself|themselves)\b",
    # dying by a method asked about: "how long does it take to die from hanging", "whether it would be quick"
    # (not a count or a risk: "how many people die from overdose each year", "risk of death from overdose"); "would it be
    # quick" beside a height or a way of dying, before or after it (not "would it be quick to recover from a knee op")
    r"(?<!people )(?<!many )(?<!risk of )(?<!risks of )(?<!rate of )(?<!rates of )(?<!number of )(?<!chance of )(?<!deaths )"
    r"(?:die|dying|death|dead) (?:from|by|of) (?:a |an )?(?:hanging|hang|overdos\w*|od|jumping|suffocat\w*|gunshot|carbon monoxide|slit wrists)\b"
    r"(?! (?:\w+ ){0,4}(?:each|every|per|a) (?:year|week|day)\b|(?: \w+){0,3} (?:statistics|stats|rates?|figures)\b)"
    r"|(?:whether|if|would) it (?:would|will|d)? ?(?:be )?(?:quick|painless|instant|quick and painless)\b" + _QUICK_TO +
    r"(?= (?:\w+ ){0,8}(?:jump\w*|die|end it|fall|height|high|drop|bridge|cliff|roof|train)\b)"
    r"|(?:jump\w*(?! (?:on|onto|rope|start|around|up|higher|squats?|jacks|the queue|ship|in the pool|into the pool|into bed)\b)|falling|hanging"
    r"|bridge|cliff|roof|rooftop|multi storey|car park|storey|floors up|tower|balcony|building|height|train|railway|tracks|overdos\w*|od)"
    r" (?:\w+ ){0,10}(?:whether|if|would) it (?:would |will |d )?(?:be )?(?:quick|painless|instant)\b" + _QUICK_TO +
    r"|(?:how high|how tall|how far (?:down|up)) (?:\w+ ){0,6}(?:multi storey|car park|bridge|cliff|building|tower|block|roof) (?:\w+ ){0,6}(?:quick|die|survive|kill|enough)",
    # all of them at once, of any medicine
    r"(?:take|taking|took|swallow\w*|down\w*|neck\w*) (?:all|every one) (?:of )?(?:my|your|his|her|their|the) "
    r"(?!(?:\w+ )?(?:vitamin\w*|supplements?|multivitamins?|probiotics?|minerals?|gummies|fish oil|cod liver oil|homework|stuff|things|bags|clothes|kids|children|annual leave|leave|holidays?|days off|time off|lieu)\b)"
    r"(?:\w+ )?\w+ (?:at once|in one go|together at once)\b" + _ROUTINE_DOSE,
    r"(?<!dog )(?<!cat )(?<!puppy )(?<!kitten )(?<!dog has )(?<!cat has )(?:took|taken|have taken|has taken|had|done) an? (?:overdose|od)\b"
    r"(?! (?:of (?:\w+ )?(?:vitamin\w*|iron|caffeine)|(?:\w+ ){0,4}(?:by (?:accident|mistake)|accidentally))\b)",
    r"(?:swallowed|necked|downed) (?:a load|loads|lots|a handful|a bunch|all|the whole lot|a whole \w+) of (?:my|his|her|their) (?:\w+ )?(?:tablets|pills|meds|medication|painkillers)\b",
    # (not gone somewhere: "better off with him gone to university", "gone for the week"; "gone for good" counts)
    r"better off (?:with|without) (?:me|him|her|them) (?:gone|dead|out of the (?:way|picture))\b" + _GONE_WHERE +
    r"|(?:all |everyone |everybody )?(?:be |are )?better off with (?:me|him|her|them) gone\b" + _GONE_WHERE,
    r"(?:wont|will not|not going to) need (?:them|it|these|those|any of (?:it|this|them)|(?:my|his|her|their) \w+) (?:soon|for (?:much|very) longer|where (?:im|hes|shes|i am|he is|she is) going)\b"
    # (not with a reason after it: "won't need my glasses soon after laser surgery", "my cast comes off next week")
    r"(?! (?:\w+ ){0,2}(?:after|once|when|because|as|since|cos|cause|coz|if|till|until|hopefully|fingers crossed|thanks to)\b(?! " + _DEATH_AFTER + r")"
    r"|(?: \w+){0,2} (?:comes?|coming|gets?|getting) (?:off|out)\b)",
    r"this is (?:my )?(?:final |last )?goodbye\b(?! (?:to|from) (?:the|this|my|our|your) (?:old |former )?(?:house|home|flat|team|job|office|school|class|city|country|town)\b)",
    r"(?:suicide|goodbye|farewell) (?:note|notes|letter|letters)\b(?! (?:to|for) (?:my |our |the |his |her )?(?:old |former )?(?:team|colleagues|coworkers|work|job|class|school|staff|boss|office|company|clients|customers|pupils|students"
    r"|leaving|retirement|retiring|party|card|teachers?|nursery|neighbours?|house|home|flat)\b)",
    r"only (?:one|1) way out\b"
    # (of a place or a thing: "out of the car park", "out of this debt"; not "out of this", "out of the pain")
    r"(?! of (?:(?:the|a|an|that|our|my|his|her|this|these|those|your|their) )?"
    r"(?!(?:pain|hell|mess|life|world|nightmare|misery|situation|darkness|suffering|torment|it all|this|that|everything)\b)\w+)|(?:thought|thinking|think|thoughts) (?:about|of) how (?:id|i would|i could|i might|i d|to) (?:do it|end it|go through with it)\b",
    r"(?:idk|dont know|not sure|no idea) (?:if|whether) (?:im|i am|i m|ill be|i will be|i ll be) safe (?:on my own|alone|by myself|tonight|right now|anymore|any more)\b" + _HAZARD +
    # (not with a condition or after an operation: "with my blood sugar dropping at night", "after the anaesthetic")
    r"(?! (?:\w+ ){0,2}(?:with|after|because of|since|following) (?:my |the |a |an |his |her )?(?:\w+ )?(?:blood sugars?|sugars?|hypos?"
    r"|epilepsy|seizures?|fits?|heart|breathing|dizz\w*|balance|legs?|hips?|knees?|back|stitches|drain|catheter|operation|op|surgery"
    r"|anaesthetic|sedation|procedure|colonoscopy|falls?|stroke|dementia|memory|baby|newborn|oxygen|crutches|wheelchair|cast|sight|eyes)\b)",
]
# the words for a cigarette, and another person just before the verb ("my mate put his cigarette out on my arm"): the
# cigarette pattern below reads both
_CIGS = r"(?:cigarettes?|fags?|cigs?|ciggies?|ciggys?|joints?|rollies?)"
_BY_ANOTHER = "(?:" + "|".join(rf"(?<={who} )" for who in (
    "he", "she", "they", "someone", "somebody", "mate", "friend", "brother", "sister", "dad", "mum", "boyfriend",
    "girlfriend", "husband", "wife", "partner", "ex", "bully", "bullies", "kids", "boys", "girls", "man", "guy", "bloke",
    "lads")) + ")"

# Round 48's phrases, read in a pass of their own: a new phrase that is set aside (negated: "i dont hope anymore, i
# want to die so it ends") must never hide a phrase of the list above that it runs over, so each list is searched
# on its own and either taking the text is enough (reader R54).
_PATTERNS_ADDED = [
    # (round 48) the same with words between, or other ways to sleep, not said of sleep itself ("with a migraine")
    r"(?<!no )(?<!not )(?<!without )(?:hope|hoping|wish|pray|praying) (?:\w+ ){1,3}?(?:that )?(?:i|to) (?:dont|never|wont|wouldnt|do not|not) wake up" + _WAKE_OF_SLEEP +
    r"|(?<!no )(?<!not )(?<!without )(?:hope|hoping|wish|pray|praying) (?:that )?i (?:would |could |will |might )?(?:just )?(?:not|never) wake up" + _WAKE_OF_SLEEP +
    r"|(?:go sleep|go to bed|drift off|sleep) and (?:never|not) wake (?:up|again)\b" + _WAKE_OF_SLEEP,
    # --- round 48: the wordings of crisis set 12 that the phrases missed, each read as a kind ---
    # death asked for in prayer or wished from an accident (Samaritans: wishing to die without a plan)
    r"(?<!no )(?<!not )(?<!without )(?:pray\w*|hope|hoping|wish\w*|asking|ask|beg\w*) (?:\w+ ){0,4}(?:god|the lord|jesus|death) (?:would |will |to |might |could )?(?:just )?(?:take|takes|took) me\b"
    r"(?! (?:out|for|back|round|shopping|through|under|to (?:church|the|a|see|school|work|mass))\b|(?: \w+){0,3} (?:when (?:its|it is) (?:my|the) time|when the time comes|when (?:im|i am|i m) (?:very )?old|before i (?:end up|go into|have to go))\b"
    r"| (?:into|in|under) (?:his|your|the lords|gods) (?:care|arms|hands|keeping)\b| and heals?\b)",
    r"(?<!no )(?<!not )(?<!without )(?:wish|wishing|hope|hoping|pray\w*|want|wanting) (?:\w+ ){0,4}(?:a |the )?(?:bus|car|lorry|truck|train|van) (?:would |will |to |might |could )?(?:just )?"
    r"(?:(?:hit|hits|kill|kills|crash into|crashes into|plough into|ploughs into) me|(?:run|runs|mow|mows) me (?:over|down))\b"
    r"|(?:wish|wishing|hope|hoping|pray\w*) (?:that )?(?:i|id|i would|i could|i d) (?:get|got|be|was) (?:hit|run over|killed|knocked down)\b",
    # self-harm said as a habit, as a relapse ("sh" is the shorthand people use), or as a cut deeper than usual
    r"(?:cut|cuts|cutting|burn|burns|burning|burnt|hit|hits|hitting|scratch\w*)" + _OWN_BODY + r"(?: \w+){0,2} (?:its|it is|thats|that is|which is|which) (?:\w+ )?(?:something|a thing|what) (?:i|he|she) (?:do|does|have done)\b",
    r"(?:been|did|done|doing|started|keep|kept|went and|gone and|ive|i) sh (?:again|tonight|last night|today|this week|every|more|a lot|lately|recently)\b|sh again\b|sh (?:cuts|wounds|urges)\b|(?:been |keep |kept |started )?sh ?ing (?:again|every|on my|most)\b|sh relapse\b",
    r"(?:i|ive|just) cut (?:again|tonight|last night|today)\b(?! (?:\w+ ){0,3}(?:on|while|when|chopping|cooking|shaving|opening|at work)\b)"
    # ... and a cut "deeper than usual", said by the one who cut (not a knife, a barber or a podiatrist)
    r"|(?:(?<=^ )|(?<= i )|(?<= ive )|(?<= she )|(?<= he )|(?<= shes )|(?<= hes )|(?<= has )|(?<= have )|(?<= just )|(?<= and )|(?<= been )|(?<= keep ))"
    r"(?:cut|cuts|cutting) (?:(?:myself|herself|himself) |(?:my|her|his) "
    r"(?:arms?|wrists?|thighs?|legs?|stomach|tummy|hips?|forearms?) )?(?:(?:tonight|again|last night|today|this time|way|much|a lot|even) ){0,3}deeper than (?:usual|normal|before|last time|ever|the others|other times|i (?:usually|normally) do)\b"
    r"(?! (?:\w+ ){0,4}(?:(?:while|when|whilst) (?:i was |i m |im )?(?:cooking|chopping|shaving|gardening|opening|slicing|working|making|doing|fixing)|on (?:the|a)|gardening|cooking|chopping|shaving|slicer|mandolin|knife|at work|by accident|accidentally)\b)",
    # an overdose just taken: a load of a medicine at once (not over days for a pain: that is the overdose flag's)
    r"(?:took|taken|swallowed|necked|downed|popped) (?:a load|a handful|a bunch|a pile|a whole (?:box|packet|bottle|strip|pack)|the whole (?:box|packet|bottle|strip|pack|lot)"
    r"|all (?:of )?(?:my|his|her|the) (?:sleeping|sleep|anti ?depressant|anxiety)) (?:of )?(?:my |his |her |the |these |those )?(?:\w+ )?" + _MEANS + r"\b"
    r"(?! (?:\w+ ){0,3}(?:by (?:accident|mistake)|accidentally|for (?:my|his|her|the|a) \w+|at (?:a|the) (?:party|festival|rave|club|gig|concert)|for fun|to get high"
    r"|back|to the (?:chemist|pharmacy|doctor|gp|surgery)|on holiday|with (?:me|us|him|her)|away|over (?:the )?(?:weekend|week|few days|last few days|couple of days|days)|for (?:this|that) \w+|this week|the weekend)\b)",
    # the means shown or asked about: a photo of a blade sent, whether a way of dying hurts, the dose that kills
    r"(?:sent|texted|send|sends|posted|posting|showed|shows|snapchatted) (?:me |us |him |her )?(?:a |the )?(?:photo|picture|pic|snap|image|video|selfie) of "
    r"(?:a |the |her |his |their |some )?(?:blades?|razors?|razor blades?|noose|rope|cuts|wrists?|slit wrists)\b",
    r"(?:does it|would it|will it|is it) (?:hurt|painful|be painful) (?:to|when you|if you) (?:drown|bleed out|overdose|od|suffocate)\b"
    r"(?! (?:a|an|the|my|his|her|it|them|this|that|ticks?|fleas?|bugs?|ants?|spiders?|slugs?|weeds?|off|in|into|on|upside|from|out|around|about)\b)",
    r"(?:amount|number|dose|quantity) (?:of )?(?:\w+ ){0,3}" + _MEANS + r" (?:\w+ ){0,3}?(?:to|that would|that will|would|will|could|needed to|it takes to|you need to) "
    r"(?:die|kill (?:me|you|myself|yourself|someone|a person)|overdose|od|not wake up|end it|end my life)\b" + _WAKE_OF_SLEEP,
    r"(?:painless|peaceful|quiet) (?:ways?|methods?) (?:to|of) go(?:ing)?(?= ?$| (?:and|but|so|please|pls)\b)",
    # marks in neat rows, a stash of the means, worth more dead (the insurance)
    r"(?:cuts|burns|burn marks|scratches|scars|marks) (?:\w+ ){0,6}in (?:neat |straight |little |small |parallel |even |tidy )*(?:rows|lines)\b"
    r"(?! (?:\w+ ){0,3}(?:from|after|by|off) (?:\w+ )?(?:fall\w*|fell|bikes?|cats?|dogs?|kittens?|puppy|brambles?|thorns?|roses?|gardening|rugby|football|shaving|rash|eczema)\b)"
    r"|(?:neat|straight|parallel|even|tidy) (?:rows|lines) of (?:little |small )?(?:cuts|burns|burn marks|scratches|scars|marks)\b",
    r"(?:stash|stockpile|hoard|secret supply|pile) of (?:\w+ ){0,2}" + _MEANS + r"\b" + _KEPT_FOR,
    r"worth more (?:to (?:\w+ ){1,3})?dead\b|(?:more|better) (?:\w+ ){0,4}(?:insurance|life insurance|insurance money|payout)(?: \w+){0,3} than (?:out of |from |with )?(?:me|him|her)\b",
    r"(?:pick|picks|picking|picked) (?:at )?(?:my|his|her|their) (?:own )?(?:\w+ )?(?:skin|scabs?|scars?|wounds?|cuts?)(?: \w+){0,6} "
    r"(?:on purpose|deliberately|intentionally|to punish (?:myself|himself|herself)|as (?:a )?punishment|to (?:hurt|feel pain)"
    r"|(?:because|cos|as) (?:i|he|she) (?:deserve\w*|hate\w*)|(?:i|he|she) deserve\w* (?:the |this )?pain)\b",
    # a car's engine left running in a closed garage (carbon monoxide) thought of or planned
    r"(?:think\w*|thought|thoughts|tempted|want\w*|wanna|going|gonna|planning|plan|imagin\w*) (?:about |of |to )?(?:\w+ ){0,3}(?:leav\w*|left|run\w*|keep\w*|kept|sit\w*|sat) (?:\w+ ){0,4}(?:engine|car|motor) running\b"
    r"|(?:hose|hosepipe|tube|pipe) (?:\w+ ){0,4}exhaust|exhaust (?:pipe )?(?:\w+ ){0,3}(?:hose|hosepipe|into the car)"
    # (from opened crisis 70) how long it would take, asked of an engine running in a shut garage
    r"|how long (?:\w+ ){0,8}(?:engine|car|motor) (?:\w+ ){0,2}running (?:\w+ ){0,6}garage|how long (?:\w+ ){0,8}garage (?:\w+ ){0,6}(?:engine|car|motor) (?:\w+ ){0,2}running\b",
    # a plan with a date; the fear of acting on it alone
    r"(?:have|got|made|ive got|i have|has|hes got|shes got) (?:a |the |my )?plan and (?:a |the )?(?:date|time|day|place|method|way|means)\b(?! (?:night|nights|out|with|for)\b)",
    r"(?:scared|afraid|frightened|worried|terrified) (?:of )?what (?:i|ill|i ll|i will|i might|i could|i would|id)(?: might| could| will| would)? do"
    r" (?:if (?:im|i am|i m|i get|i was|i were) (?:left )?(?:alone|on my own|by myself)(?= ?$| (?:this|tonight|today|again|any ?more|and|but|so|i|im)\b)"
    r"|(?:when )?(?:alone|on my own|by myself)(?= ?$| (?:tonight|today|again|any ?more|and|but|so|i|im)\b))",
    # death welcome: relief at a fatal diagnosis, not caring whether one lives, medicine stopped to join the dead
    r"if (?:i|id) (?:got|get|had|was|were|found out i had) (?:\w+ ){0,3}(?:terminal|incurable|cancer|dying)(?: \w+){0,6} (?:i|id|i would|i d|ill|i will)(?: \w+){0,3} (?:relieved|glad|happy|pleased)\b",
    r"(?:dont|do not|doesnt|does not|wouldnt|would not) (?:even )?care (?:if|whether) (?:i|he|she) (?:die|died|live|lived|wake up|woke up|dont wake up|make it|survive)(?= ?$| (?:anymore|any more|at this point|tonight|now|or|but|tbh|honestly|to be honest)\b)",
    r"(?:stopped|stopping|stop|quit|skipp\w*|not) (?:taking )?(?:my|his|her) (?:\w+ )?(?:tablets|pills|meds|medication|medicine|insulin|treatment|dialysis|chemo) so (?:that )?(?:i|he|she) (?:can|could|will|would|might) (?:be with|join) ",
    # wanting to join, or to be with, someone who has died (the death named after or before)
    _WANT_TO + r" (?:join|joining) (?:him|her|them|my (?:late )?(?:\w+ )?" + _LOVED_ONE + r")\b" + _DIED_AFTER
    + "|" + _DIED_BEFORE + _WANT_TO + r" (?:join|joining) (?:him|her|them|my (?:late )?(?:\w+ )?" + _LOVED_ONE + r")\b"
    + "|" + _DIED_BEFORE + r"(?:want|wants|wanna|wanted) to be with (?:him|her|them)(?= ?$| (?:and|but|so|now|again|i|im)\b)"
    + r"|(?:want|wants|wanna|wanted|ready|long|longing|yearn\w*) to be with (?:my |her |his |their |our )?(?:late )?(?:\w+ )?" + _LOVED_ONE
    + r" (?:again|now|in heaven|up there)\b" + _DIED_AFTER
    + "|" + _DIED_BEFORE + r"(?:want|wants|wanna|wanted|ready|long|longing|yearn\w*) to be with (?:my |her |his |their |our )?(?:late )?(?:\w+ )?"
    + _LOVED_ONE + r" (?:again|in heaven|up there)\b",
    # --- round 48, second part: kinds that crisis sets 3-9 showed only the word model reading ---
    # an overdose of a count of tablets at once (not over days, by accident, or a dose in mg)
    # (15 or more: a count of 10 to 14 is mostly two paracetamol medicines taken together in a day, which the flags read)
    r"(?:took|taken|swallowed|necked|downed|popped|(?<=after )taking|(?<=since )taking) (?:about |like |around |maybe |roughly |nearly |over |at least |almost )?(?:1[5-9]|[2-9][0-9]|[1-9][0-9]{2}|fifteen|sixteen|twenty|thirty|forty|fifty|a hundred)"
    r"(?! (?:mg|ml|mcg|micrograms?|milligrams?|units?|g|grams?|drops|puffs)\b) (?:of (?:my|his|her|the|them|those|these|mums|dads|nans) )?(?:\w+ )?" + _MEANS + r"\b"
    r"(?! (?:\w+ ){0,4}(?:by (?:accident|mistake)|accidentally|over|a day|per day|each day|every day|in (?:the last|a|one) (?:few )?(?:days|week)|this week|since|across|spread"
    r"|in 24|in total|altogether|today|through(?:out)? the (?:day|afternoon|morning|evening|night)|for (?:my|his|her|the|a) \w+"
    r"|(?:bc|because|cos|coz|as|for) (?:of )?(?:my|his|her|the|a)? ?(?:\w+ )?(?:tooth|teeth|toothache|back|head|headache|migraine|period|pain|cold|flu|throat)"
    r"|with (?:my|the|a|his|her) (?:cold|flu|lemsip|remedy|sachets?))\b)",
    r"(?:intentional|deliberate|purposeful) (?:overdose|od)\b|overdos\w* on purpose|self ?strangul\w*",
    r"(?:is|would|does|will) (?:hanging|drowning|jumping|an overdose|overdosing|bleeding out|suffocation) (?:be )?(?:quick|painless|instant)\b",
    r"how many (?:of )?(?:\w+ ){0,3}(?:would|will|is|are) (?:be )?(?:fatal|lethal|deadly|enough to (?:die|kill))\b|how many (?:of )?(?:\w+ ){0,3}" + _MEANS + r" (?:\w+ ){0,2}(?:would|will) be enough\b",
    r"how long (?:\w+ ){0,3}to bleed (?:out|to death)\b",
    r"(?:way|ways|how) to (?:go to sleep|sleep|fall asleep) (?:forever|for ever|and (?:never|not) wake up)\b",
    r"(?:which|what) (?:\w+ ){0,3}(?:would|will) be (?:the )?(?:quickest|fastest|most painless|least painful|easiest|strongest) (?:for me|if you took (?:a lot|loads|lots|all) of them)\b"
    r"|(?:took|take|taking) (?:a lot|loads|lots|all) of them (?:at once|in one go|together)\b",
    # death wished for, in more words: deserving to die, wishing an accident had done it, hoping to crash
    r"(?:i|he|she) deserve\w* to (?:die|be hurt|suffer|feel pain|be dead)\b|(?:dont|do not|doesnt|does not) deserve to (?:live|be alive|be here|exist)\b",
    r"wish (?:it|that|they|he|she|(?:the|that|this) \w+) (?:had|would have|d|hadnt) (?:just )?(?:finished|killed) me(?: off)?\b",
    r"(?<!no )(?<!not )(?<!without )(?:hope|hoping|wish\w*|praying) (?:that )?(?:i|id|i would|i will|i ll|ill) (?:just )?(?:crash(?! (?:out|at|on|here|with|for|over|in|and burn)\b)|die|get killed|dont make it|never come back)\b(?! (?:of|from) (?:embarrassment|laughing|boredom)\b)",
    r"to see if (?:it|that|they|this) (?:would|will|d|could|might) kill me\b",
    r"(?:only|best|easiest) (?:way out|option|answer|solution) (?:is|would be|left is) (?:to )?(?:not (?:be here|exist|be alive|wake up)|die|dying|end it|end (?:my life|it all)|kill myself|suicide)\b",
    # (from opened crisis 70) no way out but not being here; hoping this pain or illness finishes one off
    r"(?:dont|cant|do not|cannot|can not) see (?:a|any) (?:\w+ )?way out (?:other than|except|apart from|besides|but) (?:to )?(?:not (?:being|be) here|dying|die|death|ending it|end it|killing myself|kill myself|suicide|not (?:existing|exist)|not waking up|not wake up)\b",
    r"(?:hope|hoping|wish|praying) (?:that )?(?:it|this|this one|that|the next one|the (?:cancer|illness|disease|tumour|tumor|heart attack|pain)) (?:just |finally )?(?:finishes|kills|takes|will finish|will kill|will take|finish|kill) me(?: off| out)?\b(?! (?:to|home|back|in|into|there|round|through|away|for|at|up)\b)",
    r"(?:put|held|hold|holding|pressed|pressing|stuck) (?:my|his|her) (?:hand|arm|finger|fingers|palm|wrist|thumb|skin) (?:\w+ ){0,3}(?:on|onto|against|in|into|over) (?:the |a )?(?:hob|cooker|iron|oven|stove|kettle|flame|candle|lighter|radiator|fire|hot pan|boiling water|hotplate) (?:\w+ ){0,3}(?:on purpose|deliberately|intentionally|to (?:hurt|feel|punish))\b",
    # (from opened crisis 72) going without one's own insulin or medicines until "it's all over" for oneself, or asking
    # how long till it is over (from crisis 75, round 65)
    r"(?:without|stop\w*(?: taking)?|skip\w*|not taking|come off|off) (?:my |me )?(?:insulin|meds|medication|medicines?|tablets|pills|heart pills) (?:\w+ ){0,4}(?:(?:before|till|until|til) (?:it s |its |it is |it ll be |itll be |im |i m |i am |i )?(?:all over for me|over for me|all over(?= \.| ?$)|die\b|am dead|dead\b|gone for good|finishes me|finish me)|let (?:it|that|them|nature) (?:finish|kill|take) me)",
    r"(?:without|stop\w*(?: taking)?|skip\w*|not taking|come off|off) (?:my |me )?(?:insulin|meds|medication|medicines?|tablets|pills|heart pills) how long (?:\w+ )?(?:before|till|until|til) (?:it s |its |it is |it ll be |itll be )(?:all )?over\b",
    # (from opened crisis 69) the same said the other way round: "dying is the only way out for me"
    r"(?:dying|death|being dead|suicide|killing myself|ending it|ending it all|ending my life|not being here|not existing) (?:is|seems|feels|feels like|would be) (?:like )?(?:the |my )?(?:only|best|easiest) (?:way|option|answer|solution)\b(?!(?: out)? (?:of|from) (?:this|the|a|my|that) (?:contract|deal|lease|membership|game|level|maze|room|job)\b)",
    r"(?:dont|do not|cant|cannot) see (?:any|a) (?:reason|point) (?:to|in|for) (?:carry(?:ing)? on|go(?:ing)? on|liv(?:e|ing)|keep(?:ing)? going|be(?:ing)? here|stay(?:ing)? alive)\b"
    r"|(?:dont|do not|cant|cannot) see why (?:i|he|she) should (?:even )?(?:bother )?(?:staying alive|stay alive|living|live|carrying on|carry on|going on|go on|be here|being here)\b",
    r"check\w* out (?:for good|permanently|early)\b|(?:happier|better off) at (?:my|his|her) funeral\b",
    r"(?:to|how to) finish (?:my|his|her) (?:own )?life\b(?! (?:story|stories|book|memoir\w*|history|insurance|assurance|plan|coach\w*|admin|course|lessons?|skills?|cover|policy|savings|goals?|list|review)\b)",
    r"(?:make|making) (?:it|everything|it all|the pain|this) (?:all )?(?:stop|end) (?:permanently|forever|for ever|for good)\b",
    # death welcomed when said as what an illness might do ("dont care if it kills me, id welcome it")
    r"(?:dying|death|die|heart attack|cancer|stroke|tumou?r|(?:kills|kill|killed|finishes|finish|finished|takes|took) me(?: off)?)(?: \w+){0,3} (?:id|i would|i d|would) (?:\w+ )?welcome it\b",
    # (from crisis 75, round 65) death prayed or wished for; hoping a pain is a heart attack or cancer
    r"(?<!no )(?<!not )(?:pray\w*|wish\w*|long|longing|beg\w*) for (?:death|my death|the end|it all to end|it to end)\b(?! (?:of|penalty|metal|row|star|scene|scenes)\b)",
    r"(?<!no )(?<!not )(?:hope|hoping|praying) (?:that )?(?:its|it s|it is|it was|this is) (?:a |the )?(?:heart attack|cancer|terminal|fatal|something fatal|tumou?r|a tumou?r)\b(?! (?:of|for|scare)\b)",
    # (from opened crisis 72) ending it threatened if suffering goes on ("if it doesnt ill finish it myself", of chemo sickness)
    r"(?:if|unless) (?:it|(?:this|the|my) (?:pain|sickness|nausea|being sick|vomiting|voices|headaches?|suffering|agony|torture|treatment|chemo|illness|head|life)|this)"
    r" (?:doesnt|dont|does not|do not|wont|will not)(?: (?:stop|end|ease|go away|get better|let up))?(?: soon)?"
    r" (?:ill|i will|i ll|im going to|im gonna|i am going to) (?:finish it myself|finish myself off)(?= ?$| (?:and|i|im|then|tonight|soon)\b)",
    r"(?:wont|will not) be (?:one|a burden|anyones burden|a problem) (?:for )?(?:much longer|for long|soon|anymore|any more)\b",
    r"(?:id|i would|i d) rather (?:just )?go(?: now)?(?= ?$| and not be\b)",
    r"(?:wonder\w*|ask\w*) (?:\w+ ){0,2}(?:if|whether) (?:anyone|anybody) (?:would|d|will) (?:even )?(?:notice|care|miss me) if (?:i|he|she) (?:was|were|wasnt|werent|died|disappeared)\b",
    r"(?:baby|kids|children|son|daughter|family|she|he|they|shed|hed|theyd)(?: would| d| will)? be better off (?:with|having) (?:someone else|another (?:mum|mother|dad|father|family))\b"
    r"|better off (?:\w+ ){0,4}(?:and|with) (?:me|him|her) (?:gone|dead|out of the (?:way|picture))\b" + _GONE_WHERE,
    # going where the means are: bridges, trains, a fall, a crash, a car's exhaust
    r"(?:urges?|tempted|want\w*|wanna|picturing|picture|imagin\w*|keep|kept|thinking|thought|thoughts|going|gonna|planning|plan)(?: (?:about|of|to|myself|me))* "
    r"(?:jump\w*|step\w*|walk\w*|throw\w* (?:myself|himself|herself)) (?:off|in front of|under|onto the (?:tracks|line|rails)|into (?:the )?(?:river|sea|traffic|road))\b(?! (?:the |a )?(?:bus|bed|sofa|kerb|curb|step|wall|pool|trampoline|diving board|stage)\b)"
    r"|(?:think\w*|thought\w*) (?:about|of) jumping(?= ?$| (?:and|but|i|im|tbh|again|off)\b)",
    r"(?:bridge|building|cliff|car park|multi storey|tower|block) (?:\w+ ){0,4}to jump (?:off|from)\b(?! (?:\w+ ){0,3}(?:bungee|swim|swimming|into the (?:sea|water|pool|lake|river) (?:in|for|with)))",
    r"(?:ill|i will|i ll|hell|he will|he ll|shell|she will|she ll) jump\b(?= ?$| (?:off|from|tonight|and)\b)|(?:ill|hell|shell|i will|he will|she will|i ll|he ll|she ll) take all (?:my|his|her) (?:\w+ )?(?:tablets|pills|meds)\b",
    r"(?:going to|gonna|will|ill|i ll|planning to|plan to|want to|wanna|thinking of|think about|thinking about) (?:\w+ ){0,2}(?:drive|driving|crash|crashing|steer|steering|swerve|swerving) (?:\w+ ){0,3}(?:into|off|in front of) (?:a |the )?"
    r"(?:tree|wall|bridge|lorry|truck|train|river|cliff|oncoming|traffic|barrier|lamp ?post|pillar|sea|bus)\b",
    r"throw\w* (?:myself|himself|herself) (?:down (?:the )?stairs|off (?:the |a )?(?:balcony|roof|bridge|cliff|building|car park))\b",
    r"(?:sitting|sat|sit) in (?:the|a|my) (?:garage|car) (?:\w+ ){0,6}(?:engine|car|motor) running\b(?! (?:\w+ ){0,3}(?:by (?:mistake|accident)|accidentally|forgot|to keep warm|for (?:the )?(?:heat|heater|warmth|air con|aircon)|(?:while|whilst) (?:i |we )?wait\w*|waiting)\b)",
    # ligature points and what they bear
    r"(?:belt|rope|cord|scarf|tie|cable|lead|sheet|sheets) (?:\w+ ){0,2}tied (?:to|round|around|onto) (?:\w+ ){0,2}(?:bannister|banister|wardrobe|rail|beam|door|hook|loft|tree|stairs|curtain pole)",
    r"(?:rope|beam|bannister|banister|hook|rail|loft hatch) (?:\w+ ){0,4}(?:strong enough to )?(?:hold|take|support|bear) (?:\w+ ){0,2}(?:a person|my weight|a persons weight|someone|a body|his weight|her weight)\b",
    r"(?:holding|hold|held|staring at|looking at) (?:my |a |the )?(?:razor|blade|knife|pills|rope|tablets)(?: \w+){0,2} (?:and )?(?:thinking|think|thought) about (?:it|using it|doing it)\b",
    r"(?:methods?|ways?) (?:\w+ ){0,8}(?:picked|chosen|chose|decided on) (?:one|it)\b",
    r"(?:dont|do not) (?:try (?:to )?)?(?:talk|stop) me (?:out of it|from doing it)\b",
    r"(?:dont|do not|cant|cannot) trust myself(?= ?$| (?:right now|tonight|anymore|any more|at the moment|not to|around|with|alone|on my own)\b)",
    r"(?:take|swallow|down) (?:everything|every tablet|every pill|all the (?:tablets|pills|meds)) in the (?:medicine (?:cabinet|cupboard|box|drawer)|cupboard|bathroom cabinet|first aid (?:box|kit))\b",
    # self-harm begun, and done until it bruises or bleeds, or with a sharp point
    r"(?:i|ive|i have|she|he|shes|hes|they|theyve) (?:\w+ )?started cutting\b(?! (?:\w+ ){0,2}(?:hair|grass|back|down|out|carbs|sugar|bread|meat|food|the|my|his|her|some|up|onions|fabric|wood|teeth|a tooth)\b)"
    r"|(?:been|started|and|keeps|kept|still) cutting(?= ?$)",
    r"(?:punch\w*|hit|hits|hitting|bang\w*|bite|bites|biting|pinch\w*|burn\w*)(?: (?:myself|himself|herself|themselves)(?: \w+){0,5}|(?: \w+){0,4}?" + _OWN_BODY + r"(?: \w+){0,2})"
    r" (?:until|till|til) (?:it|they|i|he|she|im|its|it s|theyre|they re|they are|there|theyve) (?:\w+ )?(?:bruis\w*|bleed\w*|bled|black and blue|purple|black|blue|red raw|raw)\b",
    r"(?:burn|burns|burnt|burned|burning)" + _OWN_BODY + r"(?: \w+){0,2} with (?:a |the |my |her |his )?(?:lighters?|cigarettes?|fags?|lit match|matches|candles?|hot spoons?|hot knife)\b",
    # (from crisis 78, round 66) cigarettes put out on oneself, or by another on themselves; not by another on me (round 68)
    r"(?!" + _BY_ANOTHER + r"\w+ (?:\w+ ){0,2}" + _CIGS + r" out on (?:my|me)\b)(?:stub\w*|put\w*|press\w*) (?:\w+ ){0,2}" + _CIGS
    + r" out on (?:myself|himself|herself|themselves|my skin|his skin|her skin|" + _OWN_BODY.strip() + r")",
    r"(?:scratch\w*|carv\w*|scrap\w*|dig\w*|gouge\w*)" + _OWN_BODY + r"(?: \w+){0,2} with (?:a |the |her |his |my )?(?:compass|blades?|razors?|knife|pins?|needles?|scissors|glass|sharpener|paper ?clip)\b",
    r"(?:mak\w*|made) (?:myself|himself|herself|themselves) (?:sick|vomit|throw up|bleed)(?: \w+){0,6} " + _SELF_HARM_WHY,
    # --- round 48, third part ---
    r"(?:cut|cuts) (?:myself )?too deep(?:ly)?\b|relaps\w* (?:\w+ ){0,4}(?:cut|cutting|burnt|burned|sh)\b|(?<= i )still cut\b(?! (?:\w+ ){0,2}(?:hair|grass|nails|back|down|carbs|sugar|bread|meat|it out))",
    r"(?<!no )(?<!not )(?<!without )(?:hope|hoping|hopes) (?:\w+ ){0,6}so (?:itll|it ll|it will|it would|itd|it d|everything will|it all|it can|it) (?:all )?(?:be over|end|ends|stop|stops)\b",
    r"(?:took|taken|got|get|getting|taking) (?:my|his|her|the|a) (?:gun|shotgun|rifle|pistol) out\b|(?:sit|sat|sitting) (?:\w+ ){0,4}(?:with )?(?:the |a |my |his |her )?(?:gun|shotgun|rifle|pistol) (?:across|on|in) (?:my|his|her) (?:lap|knees)"
    r"|(?:gun|shotgun|rifle|pistol) (?:\w+ ){0,12}(?:think\w*|thought) (?:about|of) using (?:it|them)\b",
    r"(?:dose|how much|how many) (?:\w+ ){0,4}would do it\b",
    r"(?:drank|drunk|swallowed|took) (?:some )?(?:bleach|poison|antifreeze|weedkiller|rat poison|drain cleaner)(?: \w+){0,3} to see what (?:would|will|d) happen",
    r"so (?:that )?(?:you|i) (?:dont|do not|never|wont|will not|wouldnt|would not) wake (?:up|again)(?= ?$| (?:ever again|for good)\b)",
    r"(?:googl\w*|search\w*|research\w*|looking up|looked up) (?:\w+ ){0,2}(?:overdos\w*|ways to die|suicide methods|how to die)\b",
    r"(?:already|just|(?<!must )(?<!might )(?<!may )(?<!could )have|ve|i) (?:taken|took) the (?:pills|tablets|lot)\b",  # not a guess at a mistake
    r"(?:feel|feels|feeling|felt) like dying (?:all the time|every day|most days|lately|again|a lot|every night)\b",
    r"(?:says|said|told (?:me|us)|texted|messaged) (?:that )?(?:he|she|they|hes|shes|i|ive|theyve) (?:has |have |had )?(?:taken|took|swallowed) all (?:of )?(?:his|her|their|my|the) (?:\w+ )?" + _MEANS + r"\b",
    r"(?:top floor|roof|rooftop|the top) (?:\w+ ){0,3}(?:and )?not (?:coming|come|came) (?:back )?down\b",
    r"(?:stopped|not|isnt|hasnt been|havent been) eating (?:\w+ ){0,3}on purpose\b|better (?:that )?(?:i am|im|i m) (?:not|no longer) (?:here|around|alive)\b",
    r"(?:putting|put|puts|setting|set|keeping|kept) (?:\w+ ){0,2}" + _MEANS + r" (?:to one side|aside|back)\b" + _KEPT_FOR
    + r"|(?:know|knows|worked out|figured out) (?:exactly )?how many (?:\w+ ){0,2}(?:i|he|she|they) (?:need|needs|would need)\b",
    r"what (?:im|i am|am i) (?:even |still )*(?:here|alive) for\b|(?:id|i would|i d) (?:\w+ )?welcome (?:death|dying)\b",
    # --- round 49: the kinds of wording crisis set 14 showed the phrases missing ---
    # not feeling like living (as "not wanting to live"), closing what is said or before "anymore", "at all", "and",
    # "but" (not "living here", "living it up", "living as a student", "existing today lol")
    r"(?:dont|do not|didnt|doesnt|does not|never|havent|hadnt|not|no longer) (?:feel|felt|feeling|feels) like (?:living|being alive|existing)"
    r"(?= ?$| (?:anymore|any more|any longer|at all|lately|these days|most days|some days|right now|at the moment|and|but|so|or|i|im|anyway)\b"
    r"| (?:in|for) (?:months|weeks|years|ages|a while|a long time)\b)",
    # a way of dying that someone keeps talking or joking about (NIMH: talking about wanting to die or a way to do
    # it); not told once ("he said he drove into a wall on the ice"), not in a game, a film or a driving lesson
    r"(?:keeps|keep|kept|always|been|started|constantly|still) (?:jok\w*|talk\w*|going on|banging on|on) about (?:driving|crashing|swerving|steering|jumping"
    r"|stepping|walking|throwing (?:myself|himself|herself|themselves)|lying|laying) (?:\w+ ){0,3}(?:into|off|in front of|under) (?:a |the |his |her |my )?"
    r"(?:wall|tree|bridge|lorry|truck|train|traffic|oncoming\w*|cliff|building|roof|motorway|lamp ?post|bus|tracks)"
    # ... as something to do, not a thing that happened ("when she was texting", "on the ski slope last winter")
    r"(?= ?$| (?:on the (?:motorway|way home|way to work|way back)|and|but|so|i|im|he|hes|she|shes|they|again|one day|some day|someday|tonight"
    r"|soon|lately|all the time|a lot|every day|recently)\b)"
    r"(?!(?: \w+){0,4} (?:game|games|gta|mario|karts?|fortnite|minecraft|video|film|movie|theory|test|lessons?)\b)",
    # an act against one's own body (or a wall) when, or because, one hates oneself, said either way round; not
    # "i hit the gym", "i cut carbs", "i bite my nails"
    r"(?:when|whenever|every time|because|cos|coz|cause) (?:i|he|she|they) " + _HATE_SELF + r"(?: so much)? (?:that )?"
    r"(?:(?:i|he|she|they) )?(?:\w+ )?" + _HATE_ACT + _HATE_ACT_ON
    + r"|" + _HATE_SELF + r" so much (?:that )?(?:i|he|she|they) (?:\w+ )?" + _HATE_ACT + _HATE_ACT_ON
    + r"|(?:(?:punch\w*|hit|hits|hitting|bang\w*|slap\w*|pinch\w*|scratch\w*|bite|bites|biting)(?: (?:myself|himself|herself|themselves)\b|" + _OWN_BODY
    + r"| (?:the |a )?walls?\b)|(?:dig\w*|dug) (?:my|his|her|their) (?:finger)?nails (?:in|into))(?: \w+){0,8} (?:when|whenever|every time|because|cos|coz) "
    r"(?:i|he|she|they) " + _HATE_SELF + r"\b"
    r"|(?:i|he|she|they) (?:only |just |always |still )?(?:cut|cuts)(?: \w+){0,2} (?:when|whenever|every time|because|cos|coz) (?:i|he|she|they) "
    + _HATE_SELF + r"\b",
    # marks on one's own body said to be one's own doing: "the cuts on my arm are from me", "i did them last night"
    # (not "from me trimming the roses", "from me when i was 15")
    r"(?:cuts|scratches|burns|scars) (?:(?:on|all over|up|all up|down|all down|across) my (?:\w+ ){0,2}" + _BODY + r"|(?:under|on|near|beside) (?:it|them))"
    r"(?: \w+){0,3} (?:are|were|is|was) (?:from|by) (?:me|myself)\b"
    r"(?= ?$| (?:though|tho|i did|on purpose|deliberately|last (?:week|night)|yesterday|with a (?:razor|blade|knife))\b)" + _NOT_A_CAUSE +
    r"|(?:cuts|scratches|burns) (?:on|all over|up|all up|down|all down|across) my (?:\w+ ){0,2}" + _BODY + r"(?: \w+){0,6} (?:i|he|she) did (?:them|those|these)"
    r"(?= ?$| (?:myself|on purpose)\b| (?:last night|yesterday|earlier|today|this morning|tonight)(?= ?$| (?:though|and|but|so)\b))" + _NOT_A_CAUSE,
    # self-harm come back after a time free of it
    r"relaps\w*(?: \w+){0,8} (?:clean|free) (?:from|of) (?:cutting|self ?harm\w*|sh|burning|hurting myself)\b"
    r"|(?:clean|free) (?:from|of) (?:cutting|self ?harm\w*|sh) (?:\w+ ){0,3}(?:until|till|but) (?:tonight|today|last night|yesterday|now|this (?:week|morning))\b"
    r"|(?:cutting|self ?harm\w*|sh)(?: \w+){0,4} (?:clean|free)(?: \w+){0,4} (?:relapsed|relapse)\b",
    # a pain or a life that will end only if one ends it oneself
    r"(?:unless|until|only if) (?:i|he|she) (?:stop|end|finish) (?:it|things|this|the pain) (?:myself|himself|herself|for good|permanently)\b",
    # the people around said to manage, or do better, without one, as the last of what is said (not "without me
    # while im in hospital", "if i get admitted")
    r"(?:theyd|theyll|hed|shed|hell|shell|(?:they|everyone|everybody|people|kids|children|family|wife|husband|partner|mum|mom|dad|he|she) (?:would|will))"
    r" (?:all )?(?:cope|manage|be fine|be ok|be okay|get on|do fine|be happier|be better)(?: \w+){0,2} without me(?= ?$| (?:probably|honestly|better|tbh|really|at all)\b)",
    # --- round 49, second part: the kinds crisis set 16 (opened) showed missing (narrowed by reader R60) ---
    # working out how one would do it, or what one would take, closing what is said (not "how to do it", "how I'll
    # do it on the day", "what I'd take is a hoodie")
    r"(?:planning|planned|worked out|working out|figured out|figuring out|thinking about|thought about|think about) (?:exactly )?how (?:id|i would|i d) do it"
    r"(?= ?$| (?:and|but|so|if|tonight|when|where|though)\b)"
    r"|(?:thought|thinking|think) about it (?:\w+ ){0,3}what (?:id|i would|i d) (?:take|use)(?= ?$| (?:and|but|so|if|tonight|though)\b)",
    # dying said to be a relief, or easier than living (not "dyeing would be nice for my hair", "easier than german")
    r"(?:dying|being dead)(?: full stop| altogether| honestly| tbh)? would be (?:a relief|a release|welcome|peaceful)\b"
    r"|(?:dying|being dead) (?:full stop|altogether) would be (?:fine|ok|okay|easier|better)\b"
    r"|(?:dying|being dead) would be (?:fine|ok|okay|easier|better) than (?:living|this|going on|carrying on|life|being alive|living with)\b",
    # "what's the point of being here / living", closing what is said
    r"(?:whats|what is) the point (?:of|in) (?:being here|being alive|living|going on|carrying on|me being here)(?= ?$| (?:anymore|any more|anyway|at all|honestly|tbh|really)\b)",
    # so as not to have to exist; if they crash, so be it; sick of being here (not "here in this hospital")
    r"(?:so|then) (?:that )?(?:i|he|she|they) (?:dont|doesnt|do not|does not|wont|will not|wouldnt|would not) have to (?:exist|be here|be alive|live|keep going|go on|carry on)\b",
    r"if (?:i|he|she|they) (?:crash|crashes|crashed|die|dies|died|dont wake up|doesnt wake up|get hit|gets hit|gets killed|get killed) (?:\w+ ){0,4}(?:then )?(?:so be it|thats that|so what|who cares|(?:i|he|she|they) (?:dont|doesnt) care)\b",
    r"(?:tired|sick|weary|fed up) (?:of|with) being here(?= ?$| (?:anymore|any more|any longer|tbh|honestly|and|but|i|im|ive|alive|on this earth|in this world)\b)",
    # means taken to use on oneself ("taking insulin from the ward to use on herself")
    r"(?:took|taking|taken|take|takes|stole|stealing|stolen|nicked|nicking|buy|buys|buying|bought|got|getting|keep|keeps|keeping|kept|saving|saved)"
    r" (?:\w+ ){0,6}" + _MEANS + r" (?:\w+ ){0,6}(?:to )?(?:use|using|inject\w*) (?:it |them )?(?:on|into) (?:myself|himself|herself|themselves)\b"
    r"|(?:want|wants|wanted|going|planning|plan|plans|thinking|mean|meant) (?:of |about )?(?:to )?(?:use|using) (?:it |them |these |those |this |that )?on (?:myself|himself|herself|themselves)\b",
    # all of them at once ("thinking of taking the whole week's worth at once")
    r"(?:thinking|thought|think|planning|plan|going|want\w*|tempted) (?:of |about |to )?(?:taking|take|swallow\w*|necking|neck) (?:all|the whole|a whole|all of) (?:\w+ ){0,4}(?:at once|in one go|together|at the same time)\b",
    # wanting to be with someone who died
    r"(?:want|wants|wanted|wanna) (?:to )?be with (?:my |our |his |her |their )?(?:late )?(?:mum|mom|mam|mother|dad|father|wife|husband|son|daughter|partner|nan|gran|grandad|grandma|him|her|them) (?:\w+ )?(?:who|that) (?:died|passed|is dead|is gone|has died|has passed)\b",
    # nothing left for them, closing what is said or with its time ("since mum died")
    r"(?:theres|there is|there s|has|have|got) nothing left for (?:me|him|her|them)(?= ?$| (?:anymore|any more|now|since|without|and|but|here|i|im|ive|in this (?:world|life))\b)",
    # no way out, closing what is said (not "no way out of this contract")
    r"(?:theres|there is|there s|i see|i can see|can see|cant see a|i cant see a) no way out(?= ?$| (?:anymore|any more|for me|now|i|im|ive|and|but|tbh|honestly)\b)",
    # medicine stopped to be with someone who has died; "lived long enough"
    r"(?:stop|stops|stopping|stopped|quit|quitting|refus\w*|not taking|stop taking|stopped taking) (?:\w+ ){0,4}(?:tablets|pills|meds|medication|medicines?|insulin|dialysis|treatment)"
    r" (?:\w+ ){0,3}(?:so|to|and) (?:(?:i|he|she|they) (?:can|could) )?(?:go (?:and )?)?(?:be with|join) (?:my |his |her |their )?(?:late )?(?:mum|mom|mam|dad|wife|husband|him|her|them|son|daughter|partner|nan|gran|grandad|grandma)"
    r"(?= ?$| (?:again|now|in heaven|tbh|honestly|and (?:i|he|she)|but|i|he|she|should|what|is|are|do|does|can|also)\b)",
    r"(?:ive|i have|i ve|im|hes|he has|shes|she has|theyve) lived long enough\b(?! (?:to|for (?:this|that|it)|that)\b)",
    # means taken in the hope of not waking up ("taking extra of her mum's painkillers to try not to wake up")
    r"(?:took|taking|taken|take|takes|swallowed|swallowing|had|necked|downed) (?:\w+ ){0,6}" + _MEANS + r" (?:\w+ ){0,6}"
    r"(?:to try|trying|hoping|in the hope|so (?:that )?(?:i|he|she|they)) (?:\w+ ){0,2}(?:not|never|wouldnt|wont|dont|didnt) (?:to )?(?:wake|waking) up"
    # not of sleep itself: "so i dont wake up groggy", "... in the night", "... at 3am", "... coughing"
    r"(?! (?:\w+ )?(?:at|in|during|until|till|before|early|late|for|every|with|from|so|when|because|cos|as|after|once|too|coughing|sweating"
    r"|groggy|drowsy|tired|sleepy|hungover|feeling|starving|hungry|thirsty|needing|to (?:pee|wee|feed|go)|(?:\d+|a|one|two|few) times?)\b)",
    # no point in waking up (living on said as the next morning), closing what is said or with a time (not "waking
    # up early", "waking up for a feed", "getting up at 6")
    r"(?:(?:dont|do not|cant|cannot|can not) see (?:the |any )?point|(?:there is|theres|whats|what is)? ?(?:no|the) point) (?:in |of |to )?(?:me )?"
    r"(?:waking up|wake up|opening my eyes)(?= ?$| (?:anymore|any more|any longer|tomorrow|tmrw|tmr|tomoz|2moro|2morrow|in the morning|each day"
    r"|every day|every morning|again|and|but|tbh|honestly)\b)",
    # whether anyone would notice or care if one were gone, closing what is said (not "gone for the afternoon")
    r"(?:(?:would|will|does|did) (?:anyone|anybody|people|they|he|she|my family)|(?:if|whether) (?:anyone|anybody|people|my family) (?:would|will)"
    r"|(?:no one|nobody|noone) would) (?:even )?(?:notice|care|miss me) if (?:i|im) (?:just )?(?:didnt wake up|never woke up|died|was gone|wasnt here|wasnt around|disappeared|was dead)"
    r"(?= ?$| (?:anyway|honestly|tbh|really|at all|and|but|so|i|im)\b)",
    # a blade taken out of a pencil sharpener, said as found (not "to fix my model plane")
    r"(?:pencil )?sharpeners? (?:\w+ ){0,2}(?:taken apart|broken apart|dismantled)(?: \w+){0,3} (?:for|to get) (?:the )?blades?(?= ?$| (?:in|and|but|so|under|hidden|again)\b)",
    # an act against oneself or a wall done until it breaks, or to hurt (not a punch bag, pads or dough)
    r"(?:punch\w*|hit|hits|hitting|bang\w*) (?:the |a )?(?:walls?|doors?|mirror|window|myself|himself|herself)(?: \w+){0,2} (?:until|till) (?:my|his|her) (?:knuckles|hands?|fists?|skin)"
    r" (?:break|breaks|broke|bleed|bleeds|bled|crack|cracks|split|splits)\b"
    r"|(?:punch\w*|hit|hits|hitting|bang\w*|cut|cuts|cutting|burn\w*|scratch\w*)(?: (?:myself|himself|herself)\b|" + _OWN_BODY + r"| (?:the |a )?walls?\b)(?: \w+){0,6} (?:i|he|she) (?:want|wanted|need|needed) (?:it|them) to hurt\b",
    # how long an overdose takes to kill a person (not "to kill the liver")
    r"(?:overdose|od) (?:\w+ ){0,2}(?:take|takes|to take) to (?:kill (?:you|me|someone|a person|him|her)|die)\b|how long (?:does|would|will) it take to die (?:from|of|after) (?:an? )?(?:overdose|od|\w+ overdose)\b",
    # self-harm passed off as an accident to those who treated it
    r"(?:stitch\w*|glued|a and e|hospital|nurse|doctor|doc|gp|paramedics?)(?: \w+){0,12} (?:said|told (?:them|him|her|everyone|the \w+)|pretended|made out) (?:that )?it was an accident(?: \w+){0,2} (?:it|but it) (?:wasnt|was not)\b"
    r"|told (?:the )?(?:nurse|doctor|doc|gp|paramedics?|hospital|er) (?:that )?it was an accident(?: \w+){0,2} (?:it|but it) (?:wasnt|was not)\b",
    # --- round 53: kinds of wording of crisis set 27 the phrases missed ---
    # not caring whether one lives ("stopped caring whether i'm here or not", "wouldn't mind if ... i just didn't wake up")
    r"(?:stopped|stop|dont|do not|didnt|wouldnt|would not|no longer|doesnt|does not|hardly) (?:really |even |much |honestly |that much |too much )?"
    r"(?:caring|care|cares|mind|minds|bothered|fussed) (?:\w+ )?(?:if|whether) (?:(?:i|im|i am|i m|id|i d) (?:\w+ ){0,3}?(?:live (?:or|n|and) die(?! by\b)|here or not|around or not"
    r"|alive or (?:not|dead)|(?:live|living|alive) (?:any ?more|any longer)|die\b(?! (?:my|his|her|your) hair| by\b| young\b| early\b| and (?:lose|respawn|come back)\b| in (?:the )?game\b| " + _DYING_OF + r")" + _RIDE_OR_JOKE + r"|dead\b(?! (?:tired|beat|on my feet))|wake up (?:\w+ )?or not)"
    r"|(?:\w+ ){0,8}?(?:i|id|i d) (?:just |simply |never |then )?(?:didnt|dont|did not|do not|never|wouldnt) wake (?:up|again)" + _WAKE_OF_SLEEP + r")",
    # disappointed to wake still alive
    r"(?:disappointed|gutted|annoyed|angry|upset|sad|cross|fed up) (?:\w+ ){0,2}?(?:that |cos |because |to (?:find|see|be) )?(?:(?:im|i m|i am|i was|i) )?still (?:here|alive|breathing)"
    r"(?! (?:at|in|on|waiting|after|with|for|from|by)\b)|(?:wake|woke|waking) up (?:\w+ ){0,2}(?:disappointed|gutted|upset|angry)(?= ?$| (?:that|cos|because|again|every|each|im|i m|i am)\b)",
    # risks taken not caring whether one dies (not "whether i get hurt" at rugby)
    r"(?:dont|didnt|do not|did not|couldnt|could not|not) (?:really |even )?(?:care|caring) (?:if|whether) (?:i|im|i m) (?:get |got |gets )?"
    r"(?:hit|crash|crashed|die|died|killed|run over|knocked (?:over|down))\b(?! (?:my|his|her|your) hair| young\b| early\b| and (?:lose|respawn|come back)\b| in (?:the )?game\b| " + _DYING_OF + r")"
    + _RIDE_OR_JOKE +
    r"|without (?:a |my )?(?:helmet|seatbelt|seat belt|looking) (?:\w+ ){0,6}(?:didnt|dont|did not|do not) (?:really )?care (?:what (?:happens|happened)|if)"
    r"|hoping (?:something|anything) (?:bad )?(?:happens|would happen|will happen|happened)(?= ?$| (?:to me|tbh|honestly|and|but|i|dont|don t)\b)"
    # ... or "hoping" said of a risk to life just named ("stepping into the road without looking, kind of hoping")
    r"|(?:road|roads|traffic|motorway|tracks|edge|helmet|seatbelt|seat belt|too fast|red lights?|without looking)(?: \w+){0,3} (?:\w+ )?hoping"
    r"(?= ?$| (?:tbh|honestly|lol|something|a (?:car|bus|lorry|truck|van)|i (?:get|got|die)|id (?:get|die))\b)",
    # means locked or kept away because the person does not trust themself with them
    r"(?:dont|doesnt|do not|does not|cant|cannot|didnt) trust (?:myself|himself|herself|themselves|themself) (?:with|around|near|alone with) (?:(?:the|my|his|her|their|a) )?"
    r"(?:guns?|shotgun|rifle|pills|tablets|meds|medication|medicines?|knives|knife|razors?|blades?|rope|insulin|painkillers)\b"
    r"|(?:guns?|shotgun|rifle|pills|tablets|meds|medication|medicines?|knives|knife|razors?|blades?|rope|insulin|painkillers)(?: \w+){0,10} "
    r"(?:dont|doesnt|do not|does not|cant|cannot|didnt) trust (?:myself|himself|herself|themselves|themself) (?:with|around|near|alone with) (?:it|them)\b",
    # one life held to another's ("when he goes i'll go too"), or kept only by one thing
    r"(?:when|once|after|if) (?:he|she|they|the dog|the cat|mum|mom|dad|my (?:wife|husband|dog|cat)) (?:goes|dies|is gone|passes|has gone)(?: on)?,? (?:ill|i ll|i will|im|i m|i am) (?:go|going) (?:too|as well|with (?:him|her|them))\b"
    r"|only (?:thing|reason|one|person) (?:\w+ ){0,2}(?:keeping|keeps|kept) me (?:alive|here|from (?:ending|killing|doing it))\b",
    # death from an illness welcomed as sparing one the act
    r"save (?:me|him|her) the (?:trouble|bother|job|hassle|effort)(?: \w+){0,3} (?:doing it|ending it|of killing|killing)\b",
    # worth more than alive (the insurance)
    r"worth more (?:\w+ ){0,3}than (?:i am|i m|im|me|i was|he is|she is|hes|shes|him|her) (?:alive|living|here)\b",
    # not much longer a bother, or "put up with" for much longer
    r"(?:wont|will not) have to put up with (?:me|him|her) (?:much|for much|any|for any) longer\b"
    r"|(?:wont|will not) be (?:a |any )?(?:bother|burden|trouble|nuisance|problem) (?:to (?:anyone|you|them|anybody|you all) )?(?:much|for much|any|for any) longer\b",
    # the means held to one's own wrist
    r"(?:hold|held|holding|press\w*|put|putting) (?:a |the |my |his |her )?(?:knife|blade|razor|scissors) (?:against|to|on|over) (?:my|his|her) (?:wrists?|arms?|skin|thighs?)\b",
    # thinking of jumping from a high place, of stepping in front of traffic
    r"(?:think|thinks|thinking|thought|plan\w*|tempted|urge) (?:\w+ ){0,3}(?:to |of |about )?jump\w* (?:from|off|out of) (?:my|the|a|our) (?:\w+ )?"
    r"(?:balcony|bridge|roof|building|window|cliff|tower|block|flat|multi storey|car park)\b"
    r"|(?:think|thinks|thinking|thought|urge|tempted|want\w*) (?:\w+ ){0,4}(?:stepping|step|walking|walk|jumping|jump) (?:out )?(?:in front of|under) (?:a |the )?(?:bus|car|lorry|truck|train|van|traffic)\b",
    # peace made, closing what is said; living had enough of
    r"(?:made|making) (?:his|her|my|their) peace(?= ?$| (?:now|and|but|tbh|honestly|with (?:it all|everything|dying|death|the world)))",
    r"(?:had|have had|ve had|has had) enough of (?:living|life|being alive|existing|being here)\b(?! (?:in|with|at|on|near|next|under|like|out of|here|there|around)\b)",
    r"(?:so |just |literally |actually )?done (?:w|wiv|wit) (?:life|living|everything|it all)\b",
    # wanting to join someone who has died ("since mary died ... i wouldn't mind going to join her soon")
    _DIED_BEFORE + r"(?:wouldnt mind|want to|wanna|ready to|cant wait to|long to|longing to|hope to|hoping to|like to|d like to|id like to) "
    r"(?:go |going |to go )?(?:and |to )?(?:join|be with) (?:her|him|them)(?= ?$| (?:soon|now|up there|in heaven|there|again|one day|and|but|i|im|when|tbh|honestly)\b)",
    # not being around "anyway" for what is ahead
    r"(?:wont|will not|not gonna|not going to) be (?:around|here|alive) (?:for (?:it|that|this) |to see (?:it|that) )?anyway(?= ?$| (?:so|and|but|i|im|tbh|honestly|lol|doesnt|what)\b)"
    r"(?! (?:\w+ ){0,4}(?:holiday|away|abroad|work|working|trip|travel\w*|moving|visit\w*|hospital|op|operation|uni|university|college|school)\b)",
    # a denial taken back ("no i'm not suicidal... well maybe")
    r"(?:(?:no|nah|nope) )?(?:im not|i m not|i am not|not) (?:suicidal|going to (?:kill myself|do anything)) (?:\w+ ){0,2}(?:well )?(?:maybe|perhaps|idk|i dunno|dunno|not sure|sometimes|or maybe)\b(?! (?:a bit|just|a little|slightly|low|down|depressed|sad|tired|stressed|anxious)\b)",    # --- round 54: kinds from crisis set 28 (opened after its runs) and reader R83, each read as a kind ---
    # not planning to be alive for what is ahead ("not bothering to renew it, I don't plan on being around next month")
    r"(?:dont|do not|not|am not|im not) (?:plan\w*|intend\w*|expect\w*) (?:on |to )?(?:be|being) (?:(?:around|here|alive) (?:(?:much|for much|any|for any) longer|anymore|any more)\b"
    r"|(?:around|alive) (?:(?:next|by|after|for|at) (?:the )?(?:week|month|year|christmas|summer|spring|winter|autumn|birthday|my birthday|weekend|new year|next (?:week|month|year))"
    r"|to (?:see|need|use|renew|finish|pay|worry))\b)",
    # the head hit against a wall or a door, over and over or when upset (not a toddler's: _TODDLER_ACT)
    r"(?:hit|hits|hitting|headbutt\w*|head butt\w*|smash\w*|bash\w*|slam\w*|bang\w*) (?:(?:my|his|her|their) )?(?:head |forehead )?(?:on|against|into|off) (?:the |a )?(?:wall|walls|door|floor|radiator)"
    r" (?:\w+ ){0,4}(?:till|until|til|over and over|when (?:i|im|he|hes|she|shes|they|theyre) (?:\w+ )?(?:stressed|upset|angry|mad|overwhelmed|sad|low|down|anxious|frustrated|feel bad|feeling bad))\b"
    r"|(?:(?<= i )|(?<= keep )|(?<= keeps )|(?<= kept )|(?<= been )|(?<= started )|(?<= he )|(?<= she )|(?<= hes )|(?<= shes )|(?<= they ))(?:headbutt\w*|head butt\w*) (?:the |a )?(?:wall|walls|door) (?:\w+ ){0,4}(?:till|until|til|over and over|when (?:i|im|he|hes|she|shes|they|theyre) (?:\w+ )?(?:stressed|upset|angry|mad|overwhelmed|sad|low|down|anxious|frustrated|feel bad|feeling bad))\b",
    # not wanting to wake, said without "to" (second-language English)
    r"(?:dont|do not|not) (?:want|wanna|wish) wake up(?: in the morning| tomorrow| anymore| any more| again)?\b(?! (?:the|my|his|her|him|them|anyone|everyone|everybody|you|us|early)\b)" + _WAKE_OF_SLEEP,
    # a stash of a medicine hidden away (not from the children)
    r"(?:hidden|hid|hiding|stashed|stashing) (?:\w+ ){0,5}(?:packs?|packets?|boxes|bottles|strips|loads|lots|piles?|dozens) of (?:\w+ )?" + _MEANS + _KEPT_FOR
    + r"|(?:packs?|packets?|boxes|bottles|strips|loads|lots|piles?|dozens) of (?:\w+ )?" + _MEANS + r" (?:\w+ ){0,2}(?:hidden|hid|stashed) (?:in|under|behind|at the back of)\b"
    r"(?! (?:\w+ ){0,4}(?:from|away from) (?:the )?(?:kids|children|grandkids|grandchildren|dog)\b)",
    # the pain of a self-inflicted injury wanted for itself
    r"(?:scratch\w*|cut\w*|burn\w*|hit\w*|pick\w*|bang\w*|punch\w*|pinch\w*) (?:\w+ ){0,12}(?:because|cos|coz|as|since) (?:the )?pain (?:helps|makes (?:me|him|her) feel (?:better|calm|something|alive|in control))\b",
    # a cut made with a blade on one's own arm, said plainly (second-language English)
    r"\b(?:i|sometime|sometimes|often) (?:make|made|making|do|did) (?:a |the |some )?cuts? (?:on|in) (?:my|his|her) (?:arms?|wrists?|legs?|thighs?|stomach|skin|hands?) (?:with|by) (?:a |the )?(?:blade|razor|glass)\b",
    # asking how long hanging takes
    r"hanging (?:how long|how quick|how fast|how painful|is it painless|painless)\b|how long (?:does |do |would |will )?(?:it )?take (?:to die )?(?:from |by )?hanging\b",
    # a burden "for" the family, and better for them that one is gone (second-language English)
    r"(?:feel|feels|felt|feeling|am|im|i m|be|being) (?:like )?(?:a |such a |the )?burden for (?:my|his|her|their|everyone|everybody|them|you)\b"
    r"|better (?:for (?:them|him|her|everyone|everybody|all|my \w+)|off) (?:if |when |that )?(?:i am|im|i m|i was|i be|me) (?:gone|dead|not here|not around|no more)\b",
    r"(?:better|best|easier) (?:if |that |for (?:everyone|everybody|all|them) (?:if )?)?(?:i|me) (?:die|dies|am dead|was dead|be dead|go die)\b(?! (?:trying|laughing|of|from|my|\w+ing)\b)",
    # no one would miss one, said without "if"
    r"(?:nobody|no one|noone|no body) (?:\w+ ){0,2}(?:will|would|gonna|wud|d) (?:even )?miss me(?= ?$| (?:anyway|anyways|at all|tbh|honestly|really|if|when i (?:die|am gone|m gone|was gone)|and|so|its|i)\b)",
    # not eating, to punish oneself
    r"(?:not eat\w*|stopped eating|starv\w*|skip\w* (?:meals|food|dinner|lunch|breakfast)|eat (?:every other day|once a day|nothing)|havent eaten|hardly eat\w*|barely eat\w*|dont eat)"
    r" (?:\w+ ){0,10}(?:to|because (?:i|he|she) (?:want|wants) to|cos (?:i|he|she) (?:want|wants) to) punish (?:myself|himself|herself|themselves)\b",
    # pins or needles pushed into one's own body (not acupuncture, not an injection)
    r"(?<!acupuncturist )(?:stick\w*|push\w*|jab\w*|stab\w*|poke\w*) (?:\w+ ){0,2}(?:pins|needles|a pin|a needle|compass\w*|pencils?|pens?|nails|drawing pins|safety pins) (?:in|into) (?:my|his|her|their) (?:own )?(?:\w+ )?"
    + _BODY + r"(?! (?:\w+ ){0,4}(?:acupunctur\w*|insulin|injection|vaccin\w*|jab|blood test|doctor|nurse)\b)",
    # an overdose said taken, without "an"; an overdose on one's own medicine (not by accident), also as "od'd" or "oded"
    r"(?<!accidental )(?<!accidentally )(?:took|taken|done|did) (?:a |an )?(?:massive |big |huge |another )?overdose\b(?! (?:\w+ ){0,4}(?:by (?:accident|mistake)|accident\w*|of (?:vitamin|iron)))"
    r"|(?:(?<!accidentally )overdos\w*|(?:(?<=^ )|(?:i|he|she|they|ive|hes|shes|has|have|had) )(?:odd|oded|od d|od ed)) on (?:my|his|her|their) "
    r"(?:own )?" + _MEANS + r"(?! (?:\w+ ){0,4}(?:by (?:accident|mistake)|accident\w*))",
    # it would not matter if a car hit one
    r"(?:wouldnt|doesnt|didnt|wont|would not|does not) (?:really |even )?matter if (?:one|a car|a bus|a lorry|a train|a truck|it|something|they|i|he|she) (?:\w+ )?(?:hit|hits|killed|kills|ran (?:me|her|him) over|run over|knocked (?:me|her|him) down)\b",
    # no future seen, no way out
    r"(?:dont|cant|do not|can not|cannot|no longer) see (?:a|any) (?:future|way out)(?: (?:for (?:me|myself|him|her)|anymore|any more|at all|ahead|left)){0,2}(?= ?$| (?:and|but|so|everything|everythings|nothing|its|i|im|tbh|honestly)\b)",
    # not caring what happens to oneself
    r"(?:dont|do not|no longer|not) care (?:anymore |any more )?what happens to (?:me|him|her)(?= ?$| (?:anymore|any more|now|and|but|so|tbh|honestly|i|im|its)\b)",
    # giving up, and can't do it "no more"
    r"(?:cant|cannot|can not) (?:do this|go on|carry on|take it|cope) no more\b",
    # --- round 55: kinds from crisis set 33 (opened after its first run), each read as a kind ---
    # wanting to stop living or existing; not able to go on living like this; switching off for good
    r"(?:want|wanna|wants|wanted|going|ready) to stop (?:living|existing)\b"
    r"|(?:cant|cannot|can not) (?:keep|go on|carry on) (?:living|existing)(?: like this| this way| anymore| any more|(?= ?$))"
    r"|(?:not|stop|no longer) (?:be )?existing (?:anymore|any more)\b|better (?:if|that) (?:i am|im|i m|i was|i) not (?:existing|exist|exists|alive)\b"
    r"|(?:switch|turn|shut) (?:myself |it all |everything |me )?off (?:permanently|for good|forever)\b",
    # not waking up, wished or asked for; the "best way to go" without upsetting anyone
    # (said to the end: "if she didn't wake up tonight I wouldn't mind, she's teething" is a tired parent, read in the
    # first person as "if i")
    r"if i (?:didnt|did not|dont|never|wouldnt) wake up (?:\w+ ){0,6}(?:wouldnt mind|would not mind|fine|relief|ok|okay|not bothered|wouldnt care|be glad|glad)(?= ?$| (?:at all|tbh|honestly|really|to be honest|if im honest|lol|though|either|anymore|any more|and|but|so)\b)"
    r"|how (?:many|much) (?:\w+ ){0,5}to (?:not|never) wake up(?= ?$| (?:again|ever|tomorrow|anymore|any more)\b)"
    r"|(?:best|easiest|quickest|painless|peaceful|simplest) way to go (?:without (?:upsetting|hurting|anyone|my|them|pain|it hurting|feeling)|quietly|peacefully|painlessly|in my sleep)\b",
    # a high place: standing at the edge, climbing the railing, asking how high or where the highest is
    r"(?:roof|bridge|cliff|balcony|multi ?stor\w*|tower block|flyover|viaduct)\b(?: \w+){0,12} (?:standing|stood|stand|sitting|sat|leaning|lean|climb\w*) (?:\w+ ){0,2}(?:(?:on|near|at|by|close to|over|onto) )?the (?:edge|ledge|railings?|parapet)\b"
    r"|(?:how high|how tall) (?:is )?(?:the |a )?(?:multi ?stor\w*|car park|bridge|cliff|tower block|flyover|viaduct)\b(?: \w+){0,10} (?:what happens if (?:you|u|i|someone) (?:fall|fell|jump|jumped)|if (?:you|u|i) (?:fall|fell|jump|jumped)|survive)\b"
    r"|(?:highest|tallest) (?:bridge|building|cliff|multi ?stor\w*|car park|tower block|flyover|viaduct|bridges|cliffs|multi ?storeys|car parks|flyovers|viaducts) (?:near|around|in) (?:me|here|town|the area)\b"
    r"(?!(?: \w+){0,4} (?:walk|walks|walking|hike|hikes|hiking|climb|climbing|view|views|photos?|photography|picnic|visit|visiting|sightseeing|tour|run|running|dog|kids|family|day out)\b)"
    r"|(?:stood|standing|sat|sitting|went up|been going up|go up) (?:on )?(?:the )?top of (?:the |a )?(?:car park|multi ?stor\w*|building|bridge|cliff|roof|tower block)\b(?: \w+){0,6} (?:thought about|thinking about|wanted to|nearly|almost) (?:it|jumping|doing it|going over)\b",
    # thinking how easy it would be to jump, crash or let go of the wheel
    r"(?:think|thinking|thought|wonder\w*) (?:about )?how easy (?:it )?(?:would be|it would be|itd be|to) (?:\w+ ){0,6}(?:jump|climb|step off|step out|let go|drive off|drive into|swerve|crash|go over)\b"
    r"|(?:think\w*|thought|want\w*|urge|tempt\w*|imagin\w*) (?:\w+ ){0,4}(?:let|lets|letting) go of the (?:steering )?wheel\b",
    # not caring whether one survives; a bus hitting one would be a relief
    r"(?:dont|do not|didnt|wouldnt|not) (?:really |even |honestly )?care (?:anymore |any more )?(?:if|whether) i (?:make it|survive|live(?= ?$| or (?:not|die)\b| anymore\b| any more\b)|wake up|get hurt|got hurt|come back|get hit|got hit|get killed)\b(?! (?:\w+ ){0,2}(?:playing|doing|training|at (?:rugby|football|work|the gym)|in (?:the |a )?(?:game|match|ring|cage|tackle|scrum))\b)"
    r"|if i (?:got|get|was|were) hit by a (?:bus|car|train|lorry|truck) (?:\w+ ){0,6}(?:relief|wouldnt mind|would not mind|not bothered|dont care|wouldnt care|be glad|blessing)\b",
    # a hot thing pressed on one's own skin
    r"(?:press\w*|put\w*|hold\w*|held) (?:a |the |my )?(?:(?:hot|heated|boiling) (?:spoon|knife|lighter|iron|metal|coin|poker|needle|(?:hair )?straighteners?|curling (?:iron|irons|tongs?)|tongs)|lighter|lit (?:match|cigarette|cig|fag)|cigarette|cig|fag) (?:\w+ ){0,3}(?:on|against|onto|to) (?:my|his|her|their) (?:own )?(?:\w+ )?(?:skin|arms?|legs?|wrists?|hands?|thighs?|stomach|belly)\b",
    # a date picked; rather be gone than face it; the life insurance worked out; tablets put by
    r"\bi(?:ve| have)? (?:picked|chosen|chose|set|decided on) (?:a|the) date(?= ?$| (?:after|before|when|and|so|now|already|its|it s|it is)\b)"
    r"|(?:rather|sooner) be gone than\b"
    r"|(?:worked out|figured|realised|realized|calculated|checking|checked|looking into|looked into|finding out|found out|asking|asked) (?:that |if |whether )?(?:\w+ ){0,2}life insurance (?:\w+ ){0,3}(?:pay|pays|payout|clear|cover|covers|worth)"
    r"|(?:putting|saving|keeping|setting) (?:my |the |some |a few )?(?:\w+ )?" + _MEANS + r" (?:by|aside)\b" + _KEPT_FOR,
    # (from opened crisis set 34) letting an illness take one, treatment stopped for it; once gone, no one need worry;
    # an overdose of a named medicine asked "how many"
    r"(?:let|letting|just let) (?:the |this |my )?(?:illness|disease|cancer|condition|it|nature) (?:just )?take me\b(?! (?:to|home|out|there|back|in|into|through|over|with|for|away from|off)\b)"
    r"|once (?:im|i am|i m|i was) gone (?:\w+ ){0,8}(?:stop worrying|wont (?:have to|need to) worry|no (?:more )?(?:worry|worrying|burden)|better off|be free|be happier|be rid of me)\b"
    r"|overdos\w* (?:on )?(?:my |his |her )?" + _MEANS + r" how (?:many|much)(?= ?$| (?:tablets|pills|would|does|do|is|to)\b)",
    # (from reader R88) knowing how and when one is going to do it, said alone; letting go of everything on a bridge
    r"(?:know|knows|decided|worked out|planned) (?:exactly )?(?:how|when|where) and (?:exactly )?(?:when|how|where) (?:im|i am|i m|ill|i will) (?:going to|gonna) do it\b",
    # (from opened 73b) better if one and the baby were not here
    r"(?:better|best|easier) (?:if|that) (?:i|we|me) (?:and (?:the |my |our )?(?:baby|kids|children|son|daughter) )?(?:werent|wasnt|were not|was not|wouldnt be|would not be) (?:here|around|alive)\b",
    # (from opened crisis 36) harm done to oneself, said plainly; hitting oneself on a mistake; a crash made to look
    # like an accident; a medicine bought in several shops so no one notices
    r"(?:do|did|doing|does) (?:\w+ )?harm (?:to )?(?:myself|himself|herself|themselves)\b"
    r"|(?:hit|hits|hitting|punch\w*|slap\w*|bite|bites|biting|pinch\w*|bang\w*) (?:myself|himself|herself) (?:\w+ ){0,3}(?:when|whenever|every time|if) (?:i|he|she|they) " + _FAILED + r"\b"
    r"|(?:crash\w*|driv\w*|swerv\w*|step\w* out|jump\w*) (?:\w+ ){0,5}on purpose (?:\w+ ){0,3}(?:look|seem)s? like an accident\b|(?:make|making|made) (?:it )?look like an accident\b"
    # (only with its hiding said: "buying co-codamol from different chemists for headaches" is a dependence, not a plan)
    r"|" + _MEANS + r" (?:\w+ ){0,3}(?:from|in|at) (?:[2-9]|two|three|four|five|six|several|lots of|loads of|different) (?:different )?(?:shops|chemists|pharmacies|stores|supermarkets)"
    r" (?:\w+ ){0,4}(?:so|so that) (?:no one|noone|nobody|they|the staff|people|the pharmacist|anyone) (?:\w+ )?(?:notices|notice|noticing|knows|know|finds out|find out|suspects|suspect|asks|ask|twigs)\b",
    # (from opened crisis 35 and 37, round 56) God welcome to take one now, and help given him; better not living;
    # "not suicidal ... well maybe a bit"; why someone burns or cuts herself
    r"(?:god|the lord|jesus|death) (?:can|could|may|might|is welcome to|welcome to|should) (?:just |come and |come )?(?:take|have) me\b"
    r"(?= ?$| (?:whenever|any ?time|any day|now|today|tonight|soon|as soon|for all i care|i dont care|i wouldnt mind|honestly|tbh|and (?:if|i|welcome))\b)"
    r"|(?:god|the lord|jesus|death)\b(?: \w+){0,15} (?:might|could|will|ill|may|going to|gonna|shall) (?:just )?(?:help|give) (?:him|it|things|nature|death|god) (?:along|a (?:hand|nudge|push))\b",
    r"(?:better|best|easier) (?:if |that )?(?:i|me) (?:am |m |im )?not (?:living|alive|existing)\b|(?:better|best|easier) (?:if |that )?(?:i|me) (?:am|m|im) not (?:here|around)(?= ?$| (?:anymore|any more|at all|now)\b)",
    r"(?:not|im not|i m not|am not) suicidal (?:or anything )?(?:\w+ ){0,2}(?:well |but |ok |okay |tbh |honestly |actually )?maybe (?:a (?:bit|little)|slightly|sometimes|i am|kind of|kinda)"
    r"(?= ?$| (?:tbh|honestly|lol|ive|i|im|idk|anyway|but|if)\b)",
    r"why (?:does|do|did|would|will|has|is) (?:my |his |her |our |the )?(?:\w+ ){0,2}(?:cut|burn|harm|starve) (?:himself|herself|themselves)\b" + _SLIP,
    # (from opened crisis 40) not checking out of a hotel booked; a tree or beam to take one's weight; cutting when
    # the voices get bad; nails dug in until they bleed; praying not to wake up; the quietest way to go; something
    # asked for to finish it; a blade kept for when it gets bad; what one would take worked out; wrists scratched till
    # they bleed; "hurting yourself"; a liver hoped to pack in; both taken out of this; a head banged on the wall; an
    # easier life if one were gone; wishing to be taken in the night
    r"(?:not|no) (?:planning|intending|going|plan|intend) (?:on |to )?(?:be )?check(?:ing)? out\b(?! (?:early|late|till|until|before|of|at|on|the)\b)",
    r"(?:(?:which|what) (?:\w+ ){0,2}|(?:if|whether) (?:the |a |that |this )?)(?:tree|trees|branch|branches|beam|beams|banister|bannister|hook|rafter|rafters) (?:\w+ ){0,5}(?:would|will|could|can|might) (?:take|hold|bear) (?:my|his|her|their) weight\b"
    r"(?! (?:\w+ ){0,3}for (?:a |the |my |our )?(?:treehouse|tree house|swing|rope swing|hammock|pull ?ups?|pull up bar|climbing|climb|den))",
    r"(?:cut|cuts|cutting|burnt|burned|burning|hit|hitting|scratch\w*) (?:the (?:inside|top|back) of )?(?:my|his|her) (?:arms?|wrists?|thighs?|legs?|stomach|skin)(?: \w+){0,4} when (?:the voices|it|things|everything|the thoughts|my head) (?:got|get|gets|were|are|get too) (?:bad|too much|worse|loud|too loud)\b",
    r"dig\w* (?:my|his|her) (?:nails|fingernails) into (?:my|his|her) (?:palms|arms|skin|legs|hands|wrists)(?: \w+){0,4} (?:until|till|til) (?:they|it) (?:bleeds?|bled)\b",
    r"(?<!no )(?<!not )(?:hope|hoping|wish|wishing|pray|praying|prays) (?:\w+ ){0,3}?not to wake up\b" + _WAKE_OF_SLEEP,
    r"(?:quietest|easiest|most painless|painless|quickest|gentlest|most peaceful|peaceful|kindest) way (?:for (?:a|an|someone|me|him|her) (?:\w+ ){0,2})?to (?:go|die|end it|slip away)(?= ?$| (?:in|at|for|without)\b)",
    r"(?:asking|asks|asked|begging|begs|begged) (?:\w+ ){0,3}for something to (?:finish|end) (?:it|her|him|me|things|it all)\b",
    r"(?:blade|blades|razor|razors|sharpener blade) (?:\w+ ){0,6}for when (?:it|things|everything|the urge|the urges) (?:gets?|got) (?:bad|too much|worse|bad again)\b",
    r"(?:worked out|planned|figured out) (?:exactly )?(?:what|how much|how many) (?:i|id|i would|i d|ill|i will|he|hed|she|shed) (?:take|need)\b(?! (?:on|for|with|to (?:the|a|my|work|school))\b)",
    r"(?<!cat )(?<!cats )(?<!dog )(?<!kitten )(?<!puppy )(?<!rabbit )(?:scratch\w*|pick\w*|dig\w*|cut\w*) (?:at )?(?:my |his |her |their )?wrists? (?:\w+ ){0,2}(?:till|until|til) (?:they|it) bleeds?\b",
    # (from opened crisis set 42, narrowed by reader R95) thinking how easy it would be to steer into a lorry or to
    # crash one's car into a pole; wanting to get hurt; hoping someone kills one; bleach or weedkiller swallowed or
    # drunk by the writer (not by accident, not "thinking it was" something; a toddler's is no crisis)
    r"(?:think|thinking|thought|imagine|imagining|tempted|urge|how easy|could just|want to|wanted to) (?:\w+ ){0,6}"
    r"(?:(?:steer|steering|swerve|swerving|veer|veering|drive|driving|plough|ploughing) (?:\w+ ){0,2}"
    r"|(?:crash|crashing) (?:my|the) (?:car|van|truck|bike|motorbike) )into (?:a |an |the |some )?"
    r"(?:lorry|lorries|truck|trucks|bus|oncoming|traffic|wall|tree|bridge|river|sea|pillar|pole|lamppost|central reservation)\b",
    r"(?:want|wants|wanted|wanting) to (?:get|be) hurt\b",
    r"(?:hoping|hope|hopes|praying|pray) (?:someone|somebody|one of them|they|he|it) (?:kills|will kill|would kill|finishes|will finish) (?:me|him|her)\b",
    r"(?:i|ive|i have|he|she|hes|shes) (?:just )?(?:(?:swallowed|drank|drunk|drink|downed|necked) (?:some |a bit of |a cup of |a glass of |a bottle of )?"
    r"|(?:had|taken|took) (?:a cup|a glass|a bottle|a mouthful|a swig|a sip|a drink) of )"
    r"(?:the )?(?:bleach|weedkiller|weed killer|antifreeze|rat poison|slug pellets|drain cleaner)\b"
    r"(?! (?:\w+ ){0,4}(?:by (?:accident|mistake)|accidentally|thinking it was|thought it was)\b)",
    # a lot of a medicine swallowed after a row or a break-up (the trigger says it was meant): "swallowed most of a
    # bottle of tylenol after her breakup", "downed a handful of his pills after we argued"
    r"(?:swallowed|downed|necked) (?:\w+ ){0,3}(?:bottle|bottles|box|boxes|packet|packets|pack|packs|handful|strip|strips"
    r"|all|most|whole|tub|blister|sheet)(?!(?: \w+)? of (?:\w+ ){0,2}(?:water|wine|beer|lager|cider|vodka|gin|whisky|whiskey|rum|juice|coke"
    r"|pop|squash|milk|lucozade|energy drinks?|protein shakes?|coffee|tea|food|sweets|chocolate|crisps|pizza)\b) (?:\w+ ){0,6}after (?:\w+ ){0,3}(?:row|rowed|a row|argument|argued|arguing|breakup|break up|broke up"
    r"|fight|fought|split up|splitting up|dumped)\b"
    r"(?!(?: \w+){0,10} (?:because|cos|coz|as) (?:my|of my|of the|the|of) (?:cough|pain|headache|toothache|back|cold|flu|period|migraine)\b)",
    # (from reader R94) self-harm kept hidden: cut "so it doesn't show", "where no one can see"
    r"(?:cut|cuts|cutting|burn\w*|scratch\w*) (?:my|his|her|their) (?:legs?|thighs?|arms?|forearms?|wrists?|stomach|tummy|hips?|ankles?)"
    r"(?!(?: \w+){0,3} (?:on (?:a|an|the|some)|by accident|accidentally|chopping|cooking|shaving|gardening)\b)"
    r" (?:\w+ ){0,6}(?:so (?:it|they|no one|nobody|people) (?:doesnt|dont|wont|cant|cannot|can not|do not|does not) (?:show|see|notice)"
    r"|where (?:no one|nobody|people) (?:can|will|would|could) (?:see|notice)|(?:to|so i can|so she can|so he can) hide)\b",
    r"(?:been|keep|keeps|started|stop|stopping|start) (?:hurting|harming|cutting|burning) yourself\b|(?:you|youve|you ve) been (?:hurting|harming|cutting|burning) yourself\b",
    r"hoping (?:my |his |her )?(?:liver|heart|body|kidneys) (?:just )?(?:packs? (?:in|up)|gives? (?:up|out)|stops|fails|gives in)\b",
    r"(?:taking|take|took) (?:us|us both|both of us|the kids and me|me and the kids|me and (?:him|her)) (?:both )?out of (?:this|it all|this world|this life|our misery)\b(?! (?:weather|heat|cold|rain|place|house|town|city|country|flat|job|mess|situation|hospital|ward|area|street|school)\b)",
    r"(?:bang|banging|bangs|hit|hitting|smash\w*) my (?:own )?head (?:on|against|into) (?:the |a |my )?(?:wall|walls|headboard|floor|door|table|desk)\b"
    r"(?: \w+){0,5} (?:when(?! (?:i |he |she )?(?:sleep|sleeps|am asleep|is asleep|sleeping|get up|stand up|wake))|whenever|till|until|to (?:feel|stop|make|punish|calm)|on purpose|deliberately|because|cos)\b",
    r"(?:easier|better) (?:life|lives|time) if (?:i|he|she) (?:was|were|wasnt|werent|was not|were not) (?:gone|dead|here|around)\b(?! (?:for|on|to|at|from|away|out|abroad|back|in)\b)",
    r"(?:wish|wishing|wished|pray\w*|hope|hoping) to be taken\b(?! (?:to|home|out|for|by (?:car|ambulance|taxi)|into|in for)\b)",
    # (from reader R92) a bag over the head; a knot tested on the banister; how high to make sure; a blade used on
    # one's arms; stepping in front; no one knows a goodbye is for real; a car running in a closed garage; a means
    # asked "for me"; going to jump tonight; words carved into the skin; "i not want live"; something stupid to
    # oneself; eating and drinking stopped to let go; fine if one did not exist; cut again; all the tablets taken;
    # a poison drunk to punish oneself
    r"(?:put|putting|puts|tied|tying|had) (?:a )?(?:plastic |carrier |bin )?bag over (?:my|his|her) (?:own )?head\b",
    r"(?:tested|testing|test|tried|trying) (?:it|the rope|the knot|the belt|the cord) (?:on|over|from) (?:the )?(?:banister|bannister|beam|beams|loft|loft hatch|door|hook|rail|tree|branch)\b",
    r"how (?:high|tall|far down|far) (?:\w+ ){0,6}(?:to make sure|to be sure|to be (?:always |definitely |certainly )?(?:fatal|deadly|lethal)|to be certain)(?= ?$| (?:you|i|it|of)\b)",
    r"(?:use|used|using|uses) (?:my |a |the |her |his )?(?:sharpener |razor |pencil sharpener )?(?:blade|blades|razor|razors) on (?:my|his|her) (?:arms?|legs?|wrists?|thighs?|skin|stomach|tummy)\b",
    r"(?:stepping|step|walk|walking|jump|jumping) (?:out )?in front(?= ?$| of (?:it|one|them)\b| when\b)",
    r"(?:they|he|she|nobody|no one|noone) (?:dont|doesnt|didnt|do not|does not|did not) know (?:its|it is|it was|it s) (?:for real|real|for good|the last time|goodbye)\b",
    r"(?:car|engine) (?:\w+ ){0,2}(?:running|on) in (?:the|a|my) (?:closed |shut )?garage (?:\w+ ){0,3}(?:door|doors) (?:closed|shut|down)\b"
    r"|(?:sitting|sit|sat) in (?:the|a|my) (?:closed|shut) garage with the engine (?:running|on)\b",
    _MEANS + r"\b(?: \w+){0,12} asking for (?:me|myself)\b",
    r"(?:im|i am|i m|ill|i will|i ll) (?:going to |gonna )?jump (?:tonight|today|tomorrow|this weekend|soon|later)\b",
    r"carv\w* (?:\w+ ){0,2}into (?:my|his|her|their) (?:skin|arms?|legs?|thighs?|wrists?|stomach)\b",
    r"(?:i|me) (?:not|no|dont) (?:want|wanna|wish) (?:to )?live (?:anymore|any more|no more|no longer)\b",
    r"(?:do|doing|did) something (?:stupid|silly|bad|drastic|dangerous) to (?:myself|himself|herself)\b",
    r"stop (?:eating and drinking|drinking and eating)\b(?: \w+){0,4} (?:let go|die|slip away|be with|end it|fade away)\b",
    r"(?:would be|d be|will be) (?:fine|better|easier|okay|ok|happier) if (?:i|he|she) (?:just )?(?:didnt exist|did not exist|wasnt here|werent here|was gone|were gone|was dead|were dead|died)\b(?! (?:for|on|to|at|from|away)\b)",
    r"(?:cut|burnt|burned|scratched) (?:my|his|her) (?:arms?|wrists?|thighs?|legs?|stomach|hips?|forearms?) again\b" + _SLIP,
    r"(?:took|taken|swallowed) (?:all|every one of|the whole (?:box|packet|pack|bottle) of) (?:my |the |his |her )?" + _MEANS + r"\b(?! (?:back|to (?:the|a|my)|into|in to|with (?:me|us|him|her)|on holiday|away|out)\b)"
    r"(?! (?:\w+ ){0,4}(?:by (?:mistake|accident)|accidentally|instead of|this (?:morning|evening)|at (?:breakfast|bedtime))\b)" + _ROUTINE_DOSE,
    r"(?:drink|drank|drinking|swallow\w*|take|took|taking|eat|ate|eating) (?:\w+ ){0,4}to punish (?:myself|himself|herself)\b",
    # letters, notes or videos left to be read after one is gone (a warning sign of its own, NHS and Samaritans: a
    # goodbye; until round 56 one kind of sign, which alone gave only the question)
    r"(?:letters?|notes?|cards?|videos?|messages?) (?:\w+ ){0,4}(?:for|to (?:read|open|watch|have)) (?:after|when|once) (?:im|i am|i m|hes|he is|shes|she is) gone\b",
    # (from opened crisis 68) letters written to one's family so that they will understand, said to the end: a goodbye
    r"(?:wrote|written|writing|left) (?:\w+ ){0,2}(?:letters?|notes?) (?:to|for) (?:my|our) (?:kids|children|family|wife|husband|partner|parents|mum|mom|dad|son|daughter|boys|girls)(?: \w+){0,2} so (?:they|he|she) (?:understand|understands|will understand|know why|knows why)(?= ?$| (?:why i|why im|its not|it wasnt|i love)\b)",
    # (from opened crisis 38) a hurt done on purpose so it burns or bleeds; marks made "to feel something"; an illness
    # wished to take one
    r"on purpose (?:so|to make) (?:that )?(?:it|they|i|he|she) (?:burns?|hurts?|bleeds?|scars?|blisters?)\b"
    r"(?!(?: \w+){0,6} (?:for|because of|to help|to ease|on|across) (?:my |the |her |his )?(?:period|cramps|pain|back|lower back|muscles?|aches?|stiffness|tummy|belly|shoulders?|neck|knees?|joints?)\b)"
    r"|(?:make|makes|made|making|leave|leaving) (?:marks|cuts|scratches|burns) (?:on|in|into) (?:my|his|her|their) (?:arms?|legs?|wrists?|thighs?|skin|stomach|tummy|hips?) to feel (?:something|anything|pain|real|alive|numb|better|in control)\b"
    r"|(?:marks|cuts|scars|scratches|wrist|wrists|arms|thighs)\b(?: \w+){0,20} (?:i|he|she) (?:do|does|did) (?:it|this|that) to feel (?:something|anything|pain|real|alive|numb|better|in control)\b"
    r"|(?:id|i would|i d) (?:rather|sooner) (?:it|this|the (?:cancer|illness|disease|tumour|tumor|heart|pain)) (?:just )?(?:took|take|takes|finished|finish) me\b(?! (?:to|home|out|back|in|into|there|round|through|away|off|for)\b)",
    # (from opened crisis 52) not expecting to be alive said as a denied belief ("dont think ill still be here next
    # week", "cant see myself still being around by christmas"): a negated "think" raises its negation to what follows
    r"(?:dont|do not|cant|cannot|can not|dont really) (?:think|see|imagine|reckon|expect) (?:i ll |ill |i will |i |me |myself )?"
    r"(?:still |even )?(?:be |being )(?:around|here|alive) (?:much longer|for (?:much )?longer|anymore|any more|tomorrow|next (?:week|month|year)"
    r"|by (?:tomorrow|next \w+|the (?:weekend|morning|end of (?:the )?\w+)|then|christmas|xmas|my birthday)|for (?:christmas|xmas|my birthday)"
    r"|this (?:time next \w+|christmas))\b(?! (?:\w+ ){0,3}(?:off to|away|abroad|on holiday|holiday|working|at work|appointment|hospital|visiting"
    r"|travel\w*|moving|flying|on a (?:trip|course)|going (?:to|on|away|abroad|home)))",
    # the burns or cuts one did to oneself ("the cigarette burns i did to my arm"), not an accident's nor a
    # task's ("the cut i made on my thumb chopping onions")
    r"(?:burns?|cuts?|scratches|slashes|marks|bruises|wounds?) (?:that )?(?:i|ive|i have|i had|id) (?:did|done|made|gave|give|put|inflicted)"
    r" (?:to |on |into )?(?:my|myself)(?: own)?\b" + _NOT_A_CAUSE + _NOT_A_TASK_INJURY,
    # a jump planned by not coming back down ("going up the multi storey after my shift and not coming down")
    r"(?:up|to the top of|onto) (?:the |a |that )?(?:multi ?storey|multistorey|car park|roof|rooftop|tower block|bridge|cliff|cliffs)(?: \w+){0,8}"
    r" (?:and )?(?:not|never|wont be|im not) (?:coming|come|going to come|gonna come) (?:back )?down\b(?! (?:till|until|for|later|yet))",
    # --- round 60: kinds from crisis set 54 (first run recorded before these) ---
    # no wish to live said with "no", "not" or "lost" before it, as in a second language ("i am not wish to live
    # more", "I've no wish to keep living without her"); not where or how one lives ("no desire to live in London")
    r"(?:no|not|dont|do not|am not|have no|ive no|ive got no|got no|lost (?:the|my|all)|without (?:the|any)|any) (?:more )?(?:wish|desire|want|wanting)"
    r" (?:to )?(?:keep |go on |carry on )?(?:live|living|be alive|stay alive|exist|existing)\b(?! (?:in|at|near|abroad|there|here|overseas|on|by"
    r"|together|alone|next|so|where|forever|for ever|like(?! (?:this|that|it is|its|i am|im|i do|now)\b)|to (?:100|a hundred|see)|with (?:my|his|her|their|the|them|him|us|mum|dad|parents|family|flatmates"
    r"|someone|anyone|a|an))\b)",
    # dying "by my own hand", the old words for taking one's life (not a thing made "by my own hand")
    r"(?:die|dying|death|go|going|gone|end it|end things|end my life|ready|leave|leaving|time|way) (?:\w+ ){0,4}by (?:my|his|her|their) own hands?\b",
    # an illness welcomed as sparing one the act ("probably cancer. good. saves me doing it myself")
    r"(?:cancer|tumour|tumor|die|dying|death|dead|kill me|kills me|terminal|heart attack|stroke|take me) (?:\w+ ){0,8}(?:saves?|saving|spares?|sparing)"
    r" (?:me|him|her) (?:from )?(?:doing it|having to do it|the (?:bother|trouble|job))(?: (?:myself|himself|herself))?\b",
    # (from crisis set 55, opened after its first run) an illness hoped to be the end ("hope its something that kills
    # me"; not "hope it doesn't kill me", nor a thing one kills or a trip that takes one somewhere)
    r"(?:hope|hoping|hoped|praying|pray) (?:(?!(?:doesnt|dont|wont|not|never|isnt|didnt)\b)\w+ ){0,4}(?:kills|kill|will kill|finishes|finish|finishes off|takes|take)"
    r" me\b(?! (?:off|out|to|home|back|in|into|there|round|up|down|somewhere|away|with)\b| (?:\w+ )?(?:lol|haha|jk|jokes)\b"
    # (nor a peaceful end hoped for one day: "hope god takes me quick when the time comes, im 88")
    r"|(?: \w+){0,4} (?:when (?:the|my|its|it is) time (?:comes|is up)|one day|eventually|in (?:my|his|her) sleep|peacefully)\b)",
    # the means all taken, asked whether it would be quick ("if i take all my mums tramadol will it be quick")
    r"(?:take|taking|took|swallow|swallowing|swallowed|down|downing|neck|necking) (?:all|the lot|the whole|every|them all)(?: \w+){0,6}"
    r" (?:will|would|does|do) (?:it|they|that) (?:be |kill |work )?(?:quick|quickly|painless|painlessly|instant|instantly|fast)\b" + _QUICK_TO,
    # (from crisis set 58, read after its first run) the height of a fall that would kill ("what height fall would kill
    # me for sure"), of a person, not of a pet or a phone
    r"(?:what|which|how much of a|how big a|how high a|how far a|how many) (?:height|fall|drop|floor|floors|storey|storeys|story|stories|distance|metres|meters|feet)"
    r" (?:\w+ ){0,4}(?:would|will|could|to|does it take to|do you need to|is enough to|before) (?:\w+ ){0,5}(?:kill (?:me|you|myself|a person|someone|a human|people)\b"
    r"|die\b|(?:be|is) fatal\b)",
    # --- round 61: kinds from crisis set 59 (first run recorded before these) ---
    # hitting oneself when one fails, said with the failure first ("every time i fail a test i punch myself")
    r"(?:when|whenever|every time|each time|if) (?:i|he|she|they) " + _FAILED + r"(?: \w+){0,4} (?:i|he|she|they) (?:\w+ )?"
    r"(?:hit|hits|punch\w*|slap\w*|bite|bites|pinch\w*|bang\w*|scratch\w*|cut|cuts|burn|burns) (?:myself|himself|herself|themselves)\b",
    # marks said to come from hitting or cutting oneself ("bruises on my thighs from hitting myself with a
    # hairbrush"), not from a knock ("from hitting myself on the cupboard door") nor an accident
    r"(?:bruises?|marks?|welts?|cuts?|burns?|scratches|scars?|lumps?) (?:\w+ ){0,5}from (?:hitting|punching|slapping|pinching|biting|scratching|cutting"
    r"|burning|banging) (?:myself|himself|herself)\b(?!(?: \w+){0,8} (?:by accident|accidentally|by mistake)\b| (?:on|into|against|in|with) (?:the|a|my|his|her) (?:\w+ )?"
    r"(?:doors?|door frame|cupboards?|tables?|corner|car|bed|shelf|shelves|frame|headboard|desk|face|eye|nose|hammer|racket|bat|club|weights?|bar|ball|boot"
    r"|window|wardrobe|drawer|fridge|kettle|pan|tap|cabinet|stairs|bannister|banister|post|pole|handle|knee)\b)",
    # knowing which medicines would do it ("i know exactly which drugs would do it"), not which would help
    r"(?:which|what) (?:\w+ )?(?:drugs?|pills|tablets|meds|medications?|medicines?|doses?|combination) (?:\w+ ){0,2}would do it\b(?! (?:for|best|better|quicker|faster|the trick)\b)",
    # (from crisis set 60, read after its first run) how much is deadly asked with the means kept ("when does too much
    # sertraline become deadly, i have 2 boxes saved"); harm with a razor "like i do"
    r"(?:deadly|lethal|fatal|kill (?:me|you|someone)|overdose)\b(?: \w+){0,8} (?:i|ive|i have|ive got|i got) (?:got )?(?:\w+ ){0,2}" + _KEPT_MEANS
    + r" (?:saved|stashed|stockpiled|hoarded|put by|hidden|saved up)\b"
    r"|(?:saved|stashed|stockpiled|hoarded|hidden|put by) (?:up )?(?:\w+ ){0,2}" + _KEPT_MEANS + r" (?:\w+ ){0,2}(?:how much|how many|what dose|when)(?: \w+){0,6}"
    r" (?:deadly|lethal|fatal|kill (?:me|you|someone))\b",
    r"(?:hurt\w*|cut\w*|harm\w*|burn\w*|scratch\w*) (?:myself|themselves|yourself|himself|herself) with (?:a |the |my )?(?:razors?|blades?|razor blades?|lighters?|compass)\b"
    r" (?:\w+ ){0,2}(?:like|as) (?:i|me) (?:do|did)\b",
    # (from crisis set 63, read after its first run) thinking of doing the same after a suicide one grieves ("lost my
    # dad to suicide and now i think about it too")
    r"(?:suicid\w*|took (?:his|her|their) own life|killed (?:himself|herself|themselves))(?: \w+){0,12} (?:i|im|i am|ive|i have) (?:\w+ )?"
    r"(?:(?:think|thinking|thought|wonder|wondering|considered|considering) (?:about |of )?(?:doing )?(?:it|the same|that|the same thing)"
    r"|(?:want|wanna|feel like|going|gonna|ready|plan|planning|tempted|might|could) (?:to )?(?:do|doing) (?:it|the same|that|the same thing)"
    r"|(?:want|wanna|going|gonna|ready|plan|planning|tempted|long|longing|need) (?:to )?(?:join|be with|follow) (?:him|her|them))(?: too| as well| myself| again)?\b"
    r"(?! (?:\w+ ){0,3}(?:every day|a lot|all the time)? ?(?:but|and) (?:i )?(?:would never|wouldnt|never would|could never))",
    # --- round 62: kinds from crisis set 65 (first run recorded before these) ---
    # a life-insurance payout asked about for a death that "looks like an accident" (a suicide hidden as one)
    r"(?:life (?:insurance|cover|policy|assurance)|insurance money|death benefit) (?:\w+ ){0,8}(?:if|when|as long as|provided) (?:it|my death|the death|i die|i go) (?:\w+ ){0,2}"
    r"(?:looks?|seems?|appears?|looked|seemed) (?:like )?(?:an )?accident\b"
    r"|(?:insurance|payout|pay out|policy) (?:\w+ ){0,8}(?:if|when|as long as|provided) (?:my death|i die|i go) (?:\w+ ){0,2}(?:looks?|seems?|appears?) (?:like )?(?:an )?accident\b"
    r"|(?:if|when|as long as) (?:it|my death|the death) (?:\w+ ){0,2}(?:looks?|seems?|appears?) (?:like )?(?:an )?accident (?:\w+ ){0,8}(?:life (?:insurance|cover|policy|assurance)|insurance money|death benefit)\b",
    # the height of a fall said to be fatal in itself ("what height of fall is always fatal"), of a person
    r"(?:what|which|how much of a|how big a|how high a|how far a|how many) (?:height|fall|drop|floor|floors|storey|storeys|story|stories|distance|metres|meters|feet)"
    r" (?:\w+ ){0,4}(?:(?:is|are|would be|will be) (?:always |definitely |certainly |usually |guaranteed |100 (?:percent )?)?"
    r"|(?:always|definitely|certainly|guaranteed) )(?:fatal|deadly|lethal|unsurvivable|not survivable|certain death)\b"
    r"(?! (?:\w+ ){0,3}(?:for|to|in|on) (?:a |an |the |my |your )?(?:cats?|dogs?|pets?|birds?|phones?|eggs?|ants?|insects?|mice|rats?|horses?|babies|toddlers?|kids?|children|workers?|building sites?|construction)\b)",
]
# Every pattern above contains one of these fragments, so text without any of them cannot match:
# checked first (plain substring tests, no regular expression to build), it spares most commands
# building the patterns. Keep it a superset when adding one.
_FRAGMENTS = (
    'suicid', 'self', 'my life', 'my own life', 'die', 'dead', 'end', 'wake', 'waking', 'nothing left', 'here', 'disappear',
    'veer', 'plough', 'weed', 'slug',
    'off', 'want', 'liv', 'life', 'worth', 'can', 'once', 'pointless', 'away', 'goodbye',
    'good bye', 'farewell', 'note', 'sorry', 'rope', 'noose', 'pills', 'tablets', 'meds',
    'medication', 'painkillers', 'paracetamol', 'hold on', 'last', 'fight', 'burden', 'waste',
    'cutting', 'scratching', 'burning', 'hitting', 'wrist', 'meant', 'wanted', 'intended', 'mind',
    'care', 'pray', 'wish', 'born', 'point', 'reason', 'how m', 'lethal', 'fatal', 'deadly',
    'lined', 'counted', 'ready', 'gun', 'rifle', 'pistol', 'bridge', 'cliff', 'roof', 'ledge',
    'railway', 'track', 'train', 'storey', 'edge of', 'wrong side', 'do it', 'written', 'wrote', 'letter', 'every', 'problem',
    'last time', 'kms', 'kys', 'unalive', 'voice', 'cope', 'blade', 'razor', 'hurt', 'harm',
    'kill', 'smother', 'shak', 'safe', 'around', 'alive', 'easier', 'better', 'driving',
    'crashing', 'swerving', 'jumping', 'walking', 'stepping', 'throwing', 'rather', 'prefer',
    'sooner', 'need', 'gone', 'disappeared', 'been taken', 'top', 'topping', 'offing', 'offed',
    'will to', 'stop', 'over', 'tired', 'sick', 'weary', 'bother', 'arsed', 'affairs', 'vanish',
    'exist', 'dying', 'death', 'done with', 'finished with', 'jump', 'throw', 'forever', '2 die',
    '2 end', '2 kill', 'od', 'overdos', 'sucid', 'sucide', 'suicd', 'suisid', 'suiside', 'suiced',
    'sewer', 'ctb', 'wound', 'have to', 'relapse', 'urge', 'punch', 'bang', 'bite', 'biting', 'hit', 'scratch',
    'starv', 'burn', 'going on', 'saving', 'saved', 'stockpil', 'hoard', 'collecting', 'stash',
    'storing', 'relaps', 'squirrel', 'put by', 'built up', 'enough', 'worry', 'will', 'funeral', 'rehom', 'tonight',
    'it takes', 'will it take', 'in the house', 'them', 'lot', 'time comes', 'time is right', 'whole', 'the rest',
    'worth of', 'pill', 'tablet', 'take all', 'taking all', 'swallow', 'down all', 'downing all', 'neck all',
    'necking all', 'purpose', 'deliberat', 'steering', 'intentional', 'insulin', 'neck', 'ligature', 'noose', 'ways', 'method', 'how',
    'plan', 'than', 'insurance', 'scald', 'slic', 'slash', 'pinch', 'injur', 'stab', 'carv', 'hide', 'hiding', 'hid ',
    'cover', 'conceal', 'scars', 'marks', 'bruises', 'finish', 'us', 'turn', 'point', 'hanging', 'quick', 'painless', 'instant',
    'how high', 'how tall', 'how far', 'at once', 'in one go', 'swallowed', 'necked', 'downed', 'better off', 'need', 'way out',
    'safe', 'slit', 'cut', 'hit', 'bite', 'harm', 'hurt', 'scratch', 'burn', 'bang', 'punch', 'starv', 'stab', 'let ', ' od ', 'urge', 'cuts', 'slashes', 'scratches', 'burns', 'when', 'whenever', 'every time', 'if ',
    # round 48
    'god', 'lord', 'jesus', 'bus', 'car', 'lorry', 'truck', 'van', 'sh ', 'deeper', 'took', 'taken', 'popped', 'photo', 'pic',
    'snap', 'image', 'video', 'selfie', 'drown', 'amount', 'number', 'dose', 'quantity', 'engine', 'motor', 'exhaust', 'hose',
    'pipe', 'scared', 'afraid', 'frightened', 'worried', 'terrified', 'terminal', 'incurable', 'cancer', 'be with', 'happier',
    'simpler', 'like this', 'rest of my life', 'put up with', 'pick', 'gouge', 'hate', 'deserv', 'strangl', 'suffocat',
    'electrocut', 'gas', 'sleep', 'bed', 'drift', 'tube', 'rows', 'lines', 'stash', 'stockpile', 'hoard', 'supply',
    'worth more', 'payout', 'deep', 'relaps', 'still cut', 'hope', 'gun', 'shotgun', 'rifle', 'pistol', 'do it', 'bleach',
    'poison', 'antifreeze', 'weedkiller', 'drain', 'googl', 'search', 'research', 'looking up', 'looked up', 'the pills',
    'the tablets', 'the lot', 'feel', 'felt', 'down', 'eating', 'better', 'aside', 'one side', 'back', 'how many', 'here for',
    'alive for', 'welcome',
    'tied', 'belt', 'weight', 'hold', 'methods', 'picked', 'chosen', 'chose', 'talk me', 'stop me', 'trust myself', 'everything in',
    'started cutting', 'until', 'till', 'with a', 'mak', 'made', 'finish', 'check', 'funeral', 'rather', 'wonder', 'ask',
    'someone else', 'step', 'walk', 'drive', 'crash', 'steer', 'swerv', 'sitting', 'sat ', 'sit ', 'running', 'cutting',
    'fatal', 'lethal', 'enough', 'bleed', 'sleep', 'quickest', 'fastest', 'strongest', 'easiest', 'painless', 'them at once',
    'in one go', 'together', 'join', 'wash',
    'see why', 'see any', 'see a ', 'painful', 'hang', 'hidden', 'fair few', 'plenty', 'a lot', 'loads', 'lots', 'pile', 'secret supply', 'wont be', 'will not be', 'beam',
    'bannister', 'banister', 'hook', 'rail', 'loft', 'held', 'knife', 'way', 'scrap', 'dig', 'compass', 'peaceful', 'quiet',
    # round 49
    'like living', 'like existing', 'jok', 'talk', 'on about', 'hate', 'from me', 'by me', 'did them',
    'did those', 'did these', 'relaps', 'clean', 'free', 'myself', 'himself', 'herself', 'without me',
    'do it', 'what id', 'what i would', 'what i d',
    'would be', 'the point', 'notice if', 'care if', 'miss me if', 'sharpener', 'knuckles', 'hands', 'fists', 'skin', 'to hurt',
    'to kill', 'to die', 'an accident',
    # round 62
    'survivable',
    # round 53
    'caring', 'still here', 'still alive', 'still breathing', 'disappointed', 'gutted', 'hoping', 'trust', 'go too',
    'keeping me', 'keeps me', 'kept me', 'save me', 'save him', 'save her', 'longer', 'against', 'peace', 'done w',
    'join', 'be with', 'anyway', 'suicidal', 'scissors', 'do anything', 'go as well', 'go with',
    'going too', 'going as well', 'going with', 'fussed', 'woke',
    # round 54 (only what the list above does not already hold, as itself or within a shorter fragment)
    'expect', 'headbutt', 'head butt', 'smash', 'bash', 'slam', 'pain', 'best', 'miss me', 'punish', 'matter if',
    'future', 'no more', 'stick', 'jab', 'poke', 'pin', 'nails', 'pen',
    # round 55 (only what the list above does not already hold, as itself or within a shorter fragment)
    'take me', 'accident', 'shops', 'chemists', 'stores', 'supermarkets', 'lighter', 'cig', 'fag', 'lit ',
    'balcony', 'multi', 'tower block', 'viaduct', 'highest', 'wheel', 'hot ', 'heated', 'boiling', 'date',
    'putting', 'setting',
    # round 56 (only what the list above does not already hold, as itself or within a shorter fragment)
    'out of', 'head', 'worked out', 'figured out', 'shing', 'tested', 'testing', 'test ', 'tried', 'trying',
    'be sure', 'be certain', 'in front', 'know it', 'garage', 'something', 'drinking', 'again', 'keep going', 'go on',
    # round 60: a mark hidden under long sleeves ('a mark … long sleeves') held no other fragment; and the new
    # patterns' own words
    'sleeves', 'own hand', 'saves', 'spare',
)
# The warning signs the US National Institute of Mental Health lists ("Warning Signs of Suicide":
# saying goodbye, giving things away and putting affairs in order, getting the means, making a
# plan, feeling hopeless or trapped, a sudden calm, pulling away; low mood alone is not one here), in everyday words. One of them
# alone is often innocent ("she gave me her old bike", "thanks for everything", "tonight"); the
# page notes that risk grows with each sign, so TWO OR MORE KINDS in one text show the crisis
# message. Each group below is one kind; a match that is negated right before it does not count.
# Self-harm is read the same way: an injury to one's own arms or legs with an urge, relief or
# repetition beside it ("cuts on her thigh ... she says it helps").
# someone dead one speaks of joining (round 55): a grandparent, a parent, a late spouse or child
_JOINED = r"(?:nan|nana|gran|granny|grandma|grandad|grandpa|mum|mam|mom|dad|(?:my|his|her) (?:late )?(?:wife|husband|mum|dad|son|daughter))"
_SIGNS = {
    # saying goodbye, or final words to the people left behind
    "goodbye": (r"thank(?:s| you) for everything|(?:talk\w*|said|says|saying|keeps saying|kept saying) (?:about )?(?:being )?joining " + _JOINED + r"\b|(?:wont|will not|dont|do not) need (?:it|them|any of it|(?:my|his|her) \w+)(?= ?$| (?:anymore|any more|where|soon)\b| after (?:tonight|today|tomorrow|this (?:week|weekend)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?= ?$| (?:anyway|and|so|i|im)\b))|(?:be |ll be |will be |going to be |gonna be )?joining " + _JOINED + r" (?:soon|shortly|before long|up there|in heaven)\b|look after (?:mum|mam|mom|dad|the kids|my kids|the children|my children"
                r"|the dog|my dog|the cat|each other|your(?:self|selves) for me|(?:my|his|her) (?:mum|mom|dad|kids|children|sister|brother|wife|husband|girlfriend|boyfriend|partner))\b"
                r"|tell (?:mum|mom|dad|them|everyone|everybody|the kids|(?:my|his|her) \w+) (?:that )?(?:i|he|she) (?:love|loved|am sorry|m sorry|was sorry)"
                r"|love you all\b|this is goodbye|sorry to (?:everyone|everybody|you all|all of you|every1)\b|(?:wont|will not|not going to|not gonna) be (?:around|here) (?:after|past|beyond) (?:tonight|today|this (?:weekend|week))"
                r"|(?:wont|will not) (?:see|hear from) (?:me|him|her) again|remember me\b(?! to\b)|in case (?:anything|something) (?:happens|happened) to (?:me|him|her)\b|sorry for (?:being|all|the trouble|everything)"
                r"|(?:said|saying|says|say) goodbye to (?:all )?(?:his|her|my|their) (?:friends|mates|family|kids|children|parents|mum|mom|dad"
                r"|sisters?|brothers?|pets?|dog|cat|grandchildren|grandkids|nan|gran|grandad)\b"
                r"|(?:left|wrote|written|writing|leaving|leaves) (?:a |the |his |her |my )?(?:note|letter|text|message) (?:saying|to say)"
                r" (?:sorry|goodbye|good bye|farewell|(?:he|she|i) (?:loves?|loved))"
                # goodbye said with no journey, move or leaving do after it (round 48)
                r"|(?:saying|said|says|say) (?:his |her |their |my )?(?:goodbyes?|good bye|byes?)\b(?! (?:to (?:the |a |an |his |her |my |their |our )?(?:\w+ )?"
                r"(?:house|home|flat|job|team|school|class|office|holiday|town|city|country|summer|year|colleagues|workmates|pupils|students)"
                r"|at (?:the |a )?(?:door|station|airport|gate|school|party)|before (?:school|work|bed|leaving|the|his|her|my|their|a)|as (?:he|she|they|i) (?:left|leave))\b)"
                r"|so (?:they|you|everyone|everybody|people|the kids|my family|my kids|his family|her family) (?:will |can |would |might )?(?:understand|know) why\b"
                r"|(?:my|his|her) last (?:post|message|text|tweet|video|snap)\b|(?:it |nothing )?(?:wont|will not) (?:even )?matter after (?:tonight|today|tomorrow|this (?:week|weekend)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|(?:posted|wrote|sent|put up|left) (?:a |her |his |my )?(?:last|final) (?:post|message|text|tweet|video|snap)\b|sorry (?:everyone|everybody|every1)\b|goodbye(?= ?$)|in case(?= ?$)"
                r"|in case (?:im|i am|i m|hes|shes|he is|she is) not (?:here|around)\b"
                r"|(?:wont|will not) be needing (?:it|them|these|those|this|that|the stuff|my stuff|my things)(?= ?$| (?:anymore|any more|where|soon|and|but)\b)"
                r"|be happy (?:without me|and move on)\b|move on without me\b|(?:notes?|letters?) (?:\w+ ){0,3}addressed to (?:his|her|my|their) "
                r"(?:parents|mum|mom|dad|family|kids|children|wife|husband|partner|girlfriend|boyfriend|sister|brother)\b"),
    # giving treasured things away, settling debts, notes and letters, putting affairs in order
    "affairs": (r"(?:hand\w*|dish\w*) (?:out|over|round) (?:\w+ ){0,2}(?:his|her|my|their) (?:medals|war medals|watch|jewellery|jewelry|rings?|belongings|possessions|tools|treasured \w+|prized \w+|precious \w+)\b|(?:gave|given|giving|gives|give) (?:away )?(?:me|him|her|them|us|his mates|her mates|his friends|her friends|(?:all )?(?:his|her|their|my) \w+)? ?(?:his|her|their|my) (?:favourite|favorite|prized|treasured|precious|best|special|beloved) \w+\b"
                r"(?! (?:for (?:my|his|her|your|our|the) (?:birthday|christmas|xmas|wedding|anniversary)|as a (?:present|gift))\b)"
                r"|(?:giving|gave|given|give) (?:all )?(?:my|his|her) (?:\w+ ){1,2}(?:and (?:my|his|her) (?:\w+ ){1,2})?to (?:my|his|her) (?:little |big |younger |older |baby |best )?"
                r"(?:brother|sister|bro|sis|cousin|friend|mate|bestie)\b"
                r"|(?:giving|gave|given|give) (?:my|his|her) (?:little |big |younger |older |best )?(?:brother|sister|bro|sis|cousin|friend|mate|bestie|neighbour) (?:all )?(?:my|his|her) \w+"
                r"|(?:gave|given|giving|gives|give) (?:me|him|her|them|us) (?:all )?(?:his|her|their|my) (?:rings?|jewellery|jewelry|watch|medals|wedding ring|cat|dog|pets?|car|savings|guitar)\b"
                r"|(?:deleted|deleting|deletes|wiped|closed) (?:all )?(?:her|his|my|their) (?:socials|social media|accounts|instagram|snapchat|tiktok|facebook)\b"
                r"|(?:gave|given|giving|gives) (?:\w+ ){0,6}away\b(?! (?:from|with|at|in|on)\b)"
                r"|(?:paid|paying|pay) (?:back|off) (?:all |everyone |every one )?(?:the |his |her |my |their )?(?:money|debts?|everyone|every one|what (?:he|she|i|they) owed)"
                r"|(?:got|have|ve|has) (?:got )?everything sorted|everythings sorted\b|(?:sorted|sorting) out who(?:s| is) (?:having|getting|taking|going to have) (?:the|my|his|her) (?:cat|dog|pets?|kids?|children)\b|(?:has|have|ve|s|hes|shes|ive|i ve) sorted (?:everything|it all)\b(?! (?:\w+ ){0,2}for\b)|sorted (?:everything|it all|all my \w+) out|everything (?:is |s )?sorted\b"
                r"|(?:letters|notes) (?:are|have been|all) (?:written|done|ready)|(?:write|wrote|written|writing|left) (?:\w+ ){0,2}(?:letters|notes) (?:to|for) (?:everyone|everybody|the family"
                r"|(?:my|his|her) (?!" + _ERRAND_TO + r"\b)\w+\b)(?!s? (?:" + _ERRAND_TO + r")\b)"
                # letters (not notes: "left notes for the kids" is tea in the oven) for the children or the family
                r"|(?:write|wrote|written|writing|left) (?:\w+ ){0,2}(?:letters|notes) (?:to|for) (?:mum|mom|mam|dad|nan|nana|gran|granny|grandad|grandma|everyone)\b"
                r"|(?:wrote|written|writing|left) (?:\w+ ){0,2}letters (?:to|for) (?:the|our|their) (?:kids|children|family|boys|girls|grandkids|grandchildren"
                r"|twins|baby|babies|parents|loved ones)\b(?!s? (?:" + _ERRAND_TO + r")\b)"
                # a will of one's own: made, sorted or updated (not "the will" after a death, of mum, for nan; not "once
                # it is finished will it heal")
                r"|(?:(?:made|making|wrote|written|done|sorted|sorting|sort|updated|updating|changed|finished|signed) (?:out )?(?:a |my |his |her |the )"
                r"|(?:made|making|wrote|written|done|sorted) (?:out )?(?=will (?!(?:i|it|you|he|she|they|we|this|that|there|the|a|an|my|be|have)\b)))will\b"
                r"(?! (?:(?:\w+ ){0,3}(?:after|since|when) (?:\w+ ){0,3}(?:died|passed|passing|death|funeral)|(?:\w+ ){0,2}(?:for|of) (?:my |our |his |her |the )?"
                r"(?:mum|mom|mam|dad|nan|nana|gran|granny|grandad|grandpa|grandma|grandmother|grandfather|father|mother|parents|uncle|auntie|aunt"
                r"|in laws|estate|deceased|late)|(?:\w+ ){0,3}(?:probate|executor))\b)"
                r"|(?:(?:got|have|ve|has|had|getting) )?(?:my|his|her) will (?:is |s |has been |was |now )?(?:all |now )?(?:sorted|done|written|made|updated|signed|in order|ready)\b"
                # (round 49) a pet put in another's name
                r"|(?:gave|given|giving|rehomed|rehoming) (?:the|my|his|her|their) (?:dog|dogs|cat|cats|pets?|puppy|kitten|horse) (?:away|to) (?:my|his|her|their|a|the) (?!(?:vet|vets|kennels?|cattery|groomers?|sitter)\b)\w+"
                r"|(?:put|putting|puts|transferr\w*|signed|signing|signs) (?:the |his |her |their |my )?(?:dog|dogs|cat|cats|pets?|puppy|kitten|horse)"
                r" (?:over )?(?:in|into|to) (?:my|your|her|his|their|our|mums|dads) names?\b"),
    # the means: a rope, "what I need", a high place or the railway
    "means": (r"(?:got|have|ve got|has|have got) the means\b(?! (?:to (?:pay|afford|buy|get|travel|live|support|go)|for)\b)|(?:quietly|secretly|deliberately|on purpose) (?:stopped|stopping|stops|stop) (?:taking )?(?:his|her|my|their) (?:insulin|heart tablets|tablets|pills|meds|medication|medicine|dialysis|food)\b|(?:hiding|hidden|hid|hides|stashing|stashed) (?:her|his|my|their) (?:sleeping |sleep |pain |heart )?(?:tablets|pills|meds|medication|painkillers)\b(?! (?:\w+ ){0,3}(?:from|away from) (?:the )?(?:kids|children|grandkids|grandchildren|dog)\b)|(?:got|have|ve got|has got|getting) (?:the |my |his |her |all (?:the |my )?)?(?:pills|tablets|meds) (?:all )?(?:ready|lined up|counted out|set out) for (?:tonight|later|tomorrow night|the weekend)\b|\bnoose\b|(?<!skipping )(?<!climbing )(?<!washing )(?<!tow )(?<!jump )(?<!swing )\brope\b"
              r"(?! (?:swing|swings|burns?|ladders?|climb\w*|course|bridge|lights?)\b)|(?:got|have|ve got|bought|found|collected) (?:what|everything) (?:i|he|she|they) (?:need|needs|needed)\b(?! (?:from|for (?:the|my|his|her|work|school|tomorrow)|at)\b)"
              r"|(?:on|at|by|from|off|near|to) (?:the |a )?(?:bridge|cliff|cliffs|cliff edge|railings|railway line|railway|train tracks|tracks|ledge|multi storey|viaduct)\b(?! (?:station|stations|museum|arches)\b)"
              r"|(?:bought|got|getting|buying|ordered) (?:all )?the stuff\b(?! (?:for|from|at|to|the|a|an|my|your|his|her|their|our|you|he|she|they|we|that|which|off|on|in|online|recommended|prescribed|advised|suggested)\b)"
              r"|over (?:the |a )?(?:cliff|cliffs|cliff edge|railings|ledge|edge|side of the bridge|barrier|parapet)\b|top floor of (?:the |a )?(?:car park|multi storey|building|tower|block)"
              r"|(?:letting|watching) (?:the )?trains? (?:go|pass|come) (?:past|by|through)\b"
              r"|wrong side of (?:the )?(?:railings|barrier|fence|railing)|(?:edge of|top of) (?:the |a )?(?:cliff|roof|bridge|building|car park|multi storey)"),
    # a plan: a time chosen, a decision made
    "plan": (r"tonight(?:s| is) the night|(?:got|have|ve got|getting|got) (?:everything|it all|all of it|things) (?:ready|sorted|set up|in place|planned) for (?:tonight|later|tomorrow night|the weekend)\b|(?:know|knows|decided|worked out|planned) (?:exactly )?(?:how|when|where) (?:and (?:when|how|where) )?(?:im|i am|i m|i will|ill|hes|shes|he is|she is) (?:going to|gonna) do it\b|(?:picked|chosen|chose|set|decided on|planned) (?:a |the )?(?:date|day|time|night)\b"
             r"|(?:ive|i have|i ve|hes|he has|shes|she has) decided\b(?! (?:to|on|that|against|not|i|we|its|what|which|whether|if|how|when|where|who)\b)"
             r"|(?:im|i am|i m|hes|shes|is) ready to (?:go|die)\b(?! (?:home|out|back|to|on|for|in|into|now that|shopping|with|and (?:get|see|do))\b)"
             r"|in case i (?:decide|need|want) to(?= ?$)|in case (?:i|he|she) (?:go|goes|do|does) through with it\b|(?:working|building|getting) up (?:the )?(?:nerve|courage)(?= ?$| (?:to do it|to jump|and)\b)|got it all planned\b|(?:got|have|has|made|make|making) a plan(?= ?$| and\b)"
             r"|(?:made|make) (?:up )?my mind up|my mind is made up|(?:before|by|after) tonight\b|(?:im|i am|i m) ready\b(?! (?:for|to|when)\b)"
             # the ways looked up, and the fear of acting on it ("i won't be able to stop myself tonight")
             r"|(?:looking|looked|look|searching|searched|googling|googled|researching|researched|reading) (?:up )?(?:ways|methods|the best way|the quickest way|the easiest way|painless ways) to do it\b"
             r"(?! (?:cheaper|better|faster|quicker|safely|properly|myself|at home|yourself|without|right|correctly|differently|more|less|again|online)\b)"
             r"|(?:wont|will not|not|might not|may not) be able to stop myself\b(?! (?:from )?(?!doing it\b|acting\b)[a-z]+ing\b)"
             r"|(?:drop|fall|height|jump) (?:is |would be |was |will be |it is )?(?:high|big|far|long|tall) enough\b"
             r"|(?:if|whether) (?:its|it is|it s|its) (?:high|tall) enough\b|(?:roof|bridge|building|car park|cliff|balcony|ledge|tower|multi storey) (?:\w+ ){0,3}(?:is |was )?(?:high|tall) enough\b"
             r"|(?:know|knows|decided|worked out|planned|picked|chosen) (?:exactly )?where (?:i|ill|i will|im going to|i am going to|im gonna) (?:go|do it|jump)\b(?! (?:for|on|to|with|after|next|this|tomorrow)\b)"
             r"|(?:looking|looked|look|searching|searched|googling|googled) up how to do it\b(?! (?:on|in|for|with|at|properly|right|safely|myself|yourself|cheaper|without|online)\b)"
             r"|(?:scared|afraid|frightened|worried) (?:that )?(?:i|ill|i will|i might) (?:do it|act on it)\b(?! (?:wrong|right|badly|properly|incorrectly|again|the wrong)\b)"),
    # hopeless, trapped, a burden, everything to stop
    "hopeless": (r"no (?:way out|future|hope)\b|(?:keep |been |kept )?(?:thinking|think|thought) (?:about )?(?:just )?letting go(?= ?$| (?:and|but|so|dont|i|im|of it all|of everything|of life)\b)|(?:thinking|think|thought) (?:about )?(?:just )?let(?:ting)? go of (?:everything|it all|life)\b|(?:tired|sick|weary) of (?:it all|fighting|living|life)(?= ?$| (?:now|anymore|any more|tbh|honestly|and|but|so|i|im|ive|i ve|id)\b)|(?:im|i m|i am) (?:just |so |literally )?done(?= ?$| (?:tired|sick|with (?:it all|everything|life|living)|i|im|ive|i ve|honestly|tbh|now)\b)|(?:im|i am|i m) (?:so |just )?done with (?:everything|it all|life|living|all of (?:it|this))\b|(?:feels?|feeling|felt|is|am|im|so|totally|completely) (?:trapped|hopeless)\b"
                 r"|(?:wants?|wanted|wishes|needs?) (?:it|everything|it all|the pain|all this|the world) to (?:stop|end|be over|go away)\b"
                 # (from reader R111, round 66) not feeling safe on one's own, now
                 r"|(?:dont|doesnt|do not|does not|didnt|did not) feel safe (?:on (?:my|his|her|their) own|alone|by (?:myself|himself|herself|themselves)|with myself|around myself)"
                 r"(?= ?$| (?:right now|tonight|today|at the moment|anymore|any more|and|but|so|theres|there is)\b)"
                 r"|no point(?: \w+){0,2}\s*$|(?:whats|what is) the point\b(?! (?:of|in) (?!(?:it all|it|anything|living|life|going on|carrying on|me|trying|being (?:here|alive|around))\b))|nothing to live for|cant see (?:a|any) (?:way|future)"
                 r"|(?:dont|do not|doesnt|does not) care (?:about )?what happens to (?:me|him|her|them)\b"
                 r"|(?:everything|it all|life) (?:is|feels|has got|s got|got|gets) (?:just )?too much\b|nobody would (?:even )?notice\b"
                 # "can't live like this / with this pain any more": said of hay fever as often as of despair
                 r"|(?:cant|cannot|can not) (?:go on |keep )?liv(?:e|ing) (?:like this|with (?:this|it)(?= ?$| (?:any ?more|any longer|much longer|and|but|so|i|im|its)\b)|with (?:this|the|my|these|all this|all the) (?:\w+ )?(?:pain|tinnitus|itch\w*|noise|ringing|illness|condition|disease|symptoms?|feelings?|depression|anxiety|thoughts|voices|fatigue|exhaustion|headaches?|migraines?|guilt|shame|grief))\b(?! (?:\w+ ){0,2}(?:until|till|for now|for a (?:few|couple)|if|unless)\b)"
                 r"|(?:dont|do not|doesnt|does not) deserve (?:food|to eat|to be happy|to be loved|anything|love)\b"
                 r"|(?:had|has had|have had|ve had|s had|hes had|shes had|ive had) enough(?: of (?:everything|it all|life|living|this life|being alive))?"
                 r"(?! (?:of (?!(?:everything|it all|life|living|this life|being alive)\b)|to (?:eat|drink)|food|sleep|water|money|time|for (?:today|now|one day))\b)"
                 r"|(?:dont|cant|do not|cannot|can not) see (?:the|any) point (?:of|in) (?:anything|it all|life|living|going on|carrying on|me|trying)\b" + _NOT_A_TASK +
                 r"|(?:dont|cant|do not|cannot) see the point (?:anymore|any more)\b(?! (?:of|in) (?!(?:it all|anything|living|life|going on|carrying on|me|being)\b))"),
    # a sudden calm after being low
    "calm": r"(?:calm|calmer|happy|happier|peaceful|cheerful)(?: and (?:\w+))? (?:all of a sudden|out of (?:the blue|nowhere))|(?:weirdly|strangely|oddly|suddenly|eerily) (?:calm|peaceful|at peace)\b|(?:feel|feels|feeling|felt) (?:\w+ ){0,2}(?:calm|calmer|at peace|peaceful) for the first time\b|at peace (?:now|with it|with (?:my|his|her) decision)|(?:calm|peace|peaceful|sure|certain|settled) (?:about|with|in) (?:my|his|her|the) decision\b",
    # out of reach
    "unreachable": (r"(?:(?:not|isnt|wont|won t|hasnt|stopped) (?:been )?(?:answering|picking up|replying|responding)(?: to)? (?:his |her |their |my |the )?(?:phone|calls|texts|messages|door|mobile)?"
                    r"|(?<!my )(?:phone|mobile) (?:is |s |has been )?(?:off|switched off|going to voicemail)"
                    r"|(?:switched|turned) (?:his|her|their) (?:phone|mobile) off|(?:switched|turned) off (?:his|her|their) (?:phone|mobile)"
                    r"|(?:wont|isnt|not|doesnt|hasnt) (?:reply|answer|respond|pick up)\b|(?:nobody|no one|noone|cant|cannot|can t) (?:can )?(?:find|reach|contact|get hold of) (?:him|her|them)\b)"
                    r"(?!(?: \w+){0,4} (?:because|cos|coz|as|since) (?:the |my |his |her |their |its |it s |it is |it was |it )?(?:battery|batteries|charger|charge|signal|reception"
                    r"|it (?:died|ran out|needs charging)|dead|flat|at work|in a meeting|driving|asleep|on (?:a |the )?(?:plane|flight|shift))\b)"),
    # self-harm: an injury to one's own body and, beside it, an urge, relief or repetition
    "injury": (r"(?:cut|cuts|cutting|scratched|scratches|scratching|carved|carving|burnt|burned|burns|burning) (?:on |into |up |all up |all over |all down )?(?:my|his|her|their|both) (?:own )?"
               r"(?:arms?|wrists?|thighs?|legs?|stomach|tummy|hips?|forearms?)\b"
               r"(?! (?:(?:on|while|when|whilst|at|in|by|from) (?:a|an|the|some|my|his|her|broken|glass|paper|tin|barbed|work|accident|gardening"
               r"|cooking|brambles?|thorns?|nettles?|bushes|hedges?|roses?|rose bushes|branch\w*|cats?|dogs?|kittens?|puppy|football|rugby)"
               r"|with (?!(?:a |an |the |my |his |her |their )?(?:razors?|blades?|razor blades?|knife|knives|scissors|compass|lighters?|sharpeners?|pencil sharpeners?|glass)\b)"
               r"|gardening|cooking|shaving|playing|climbing|falling|fell|fall)\b)"
               r"|(?:bloody|blood stained|bloodstained|blood soaked) (?:tissues|tissue|plasters|kitchen roll|blades?|razors?|sleeves)\b"
               r"|showed (?:me|us) (?:the |her |his |their )?(?:cuts|scars|burns)\b|(?:pencil )?sharpeners? (?:\w+ ){0,2}(?:taken apart|broken apart|apart|dismantled)\b"
               r"|blades? (?:out of|from) (?:a |her |his |my )?(?:pencil )?sharpener"
               r"|plasters (?:all )?(?:on|over|up|down) (?:her|his|my|their|both) (?:arms|legs|wrists|thighs|forearms)\b"
               r"|(?:rows|lines|lots) of (?:thin |little |small |fine |neat )?(?:lines|cuts|scratches|marks|scars) (?:on|across|up|along) (?:her|his|my|their) (?:arms?|thighs?|legs?|wrists?|stomach|hips?)\b"),
    # a note written, a kind of its own (with a goodbye or a will it is two)
    "note": r"(?:written|wrote|writing|left|finished) (?:my|the|a) note\b(?! (?:for|to) (?:the )?(?:school|teacher|milkman|neighbours?|delivery|postman|cleaner|nursery|gp|doctor)\b| (?:\w+ ){0,2}(?:excus\w*|absence|sick|fit)"
            r"| (?:\w+ ){0,4}(?:saying|to say|that says|said) (?:\w+ ){0,2}(?:gone|going|went|popped|staying|out)\b(?! (?:for good|forever|for ever|away for good|to (?:end|die|kill|a better)\b)))",
    "hiding": (r"(?:long sleeves|hoodies?|jumpers?|sweatshirts?) (?:\w+ ){0,4}(?:in|when|even|during|on|all) (?:the |this |a |hot |warm )?(?:\d+ (?:degree |degrees |c )?)?(?:heat|summer|hot|warm|sun|sunshine|heatwave|weather|days?)\b"
               r"|(?:made|makes|asked|asks) (?:me|us) (?:to )?promise not to tell\b"
               r"|(?:says|said|claims|claimed|told (?:me|us)) (?:that )?(?:the |a |our |my )?(?:cat|dog|kitten|puppy) did (?:it|them|that)\b"
               r"|lock(?:s|ed|ing)? (?:herself|himself|themselves|myself) in (?:the |her |his |my )?(?:bathroom|toilet|loo) (?:\w+ )?(?:for )?(?:ages|hours|a long time|an hour)\b"),
    # a relapse ("started cutting her arms again"): the word "started" alone, so the injury after it is read too
    "urge": (r"(?:started|starting|begun|began) (?=(?:cutting|burning|scratching|hitting)(?: (?:her|his|my|their) (?:arms?|wrists?|thighs?|legs?|stomach|skin))? again\b)|\bthe urges?\b(?! to (?:scratch|itch|wee|pee|poo|go|push|cough|sneeze|move|eat|smoke|vomit|be sick))|urges? (?:are|is|getting|keep)|urges? to (?:do it|cut|hurt|harm|burn)"
             r"|(?:cutting|doing it|hurting (?:myself|himself|herself)) helps|(?:it|that) helps (?:me|him|her|them) (?:to )?(?:cope|feel (?:something|better|calm|in control|real)|calm down|release)"
             r"|says it helps\b(?! (?:to|with|if|when)\b)|(?:do|doing) it (?:more|again)\b|(?:nobody|no one|noone) knows\b(?! (?:what|why|how|where|when|if|whether)\b)"
             r"|when (?:things|it|everything|life) (?:get|gets|got) (?:too much|too bad|bad|on top)"),
}
_SIGN_FRAGMENTS = (
    'thank', 'look after', 'tell ', 'love you', 'goodbye', 'done with', 'decision', 'around', 'here', 'again', 'remember', 'sorry',
    'gave', 'given', 'giving', 'gives', 'give', 'paid', 'paying', 'pay ', 'sorted', 'letters', 'notes', 'will',
    'rope', 'noose', 'need', 'bridge', 'cliff', 'railing', 'railway', 'tracks', 'ledge', 'storey', 'top floor',
    'viaduct', 'ready', 'in case', 'wrong side', 'edge of', 'top of', 'night', 'date', 'day', 'time', 'decided', 'mind', 'tonight',
    'no way', 'no future', 'no hope', 'trapped', 'hopeless', 'feel safe', 'stop', 'end', 'over', 'go away', 'down', 'low',
    'flat', 'withdrawn', 'point', 'live for', 'cant see', 'calm', 'peace', 'answering', 'picking up',
    'replying', 'responding', 'phone', 'mobile', 'cut', 'scratch', 'carv', 'burn', 'urge', 'helps', 'do it',
    'doing it', 'knows', 'things', 'cope', 'get', 'got', 'saying', 'to say', 'bought', 'buying', 'ordered', 'act on',
    'gone',
    # round 48
    'good bye', 'understand', 'know why', 'first time', 'move on', 'addressed', 'enough', 'last', 'note', 'in case',
    'needing', 'everythings', 'reply', 'answer', 'respond', 'find', 'reach', 'contact', 'hold of', 'too much', 'notice',
    'deserve', 'planned', 'plan', 'hood', 'jumper', 'sweatshirt', 'promise', 'showed', 'sharpener', 'bye', 'calm', 'happy',
    'happier', 'peaceful', 'cheerful', 'trains', 'nerve', 'courage', 'through with', 'train', 'pick up', 'sorting', 'live', 'liv', 'switched', 'turned', 'happens to', 'long sleeves', 'bloody', 'blood',
    # round 49
    'name', 'rehom',
    # round 53
    'tired of', 'sick of', 'weary of', 'done', 'pills', 'tablets', 'meds', 'hitting', 'started', 'starting', 'begun', 'began',
    # round 55 (only what the list above does not already hold)
    'joining', 'hand', 'dish', 'letting', 'let go', 'hid', 'stash',
    # round 56 (only what the list above does not already hold, as itself or within a shorter fragment)
    'lock', 'rows', 'lines', 'lots of', 'did it', 'did them', 'did that', 'matter', 'delet', 'wiped', 'closed',
    'quietly', 'secretly', 'deliberately', 'on purpose', 'final', 'means',
    # round 60: 'have everything in place for later' (a hypothesis draw of 1,500 per pattern found it holds no other)
    'in place', 'set up', 'planned',
)
_signs_compiled = None
_compiled = None


def _crisis():
    """The phrases, compiled: one pattern for _PATTERNS and one for _PATTERNS_ADDED, searched apart."""
    global _compiled
    if _compiled is None:
        # Translating these patterns costs about 20 ms, and the fragments above are in most
        # sentences; rx builds them from the kept translation (about 1 ms) once a run has kept it.
        from . import rx

        _compiled = tuple(rx.compile(r"\b(?:" + "|".join(patterns) + r")") for patterns in (_PATTERNS, _PATTERNS_ADDED))
    return _compiled
# "I would never hurt myself"; and reported speech, "he hasn't said anything about hurting himself". {AND} is
# where an "and" is kept out of the two words between: a crisis phrase after "not eating and" is not denied
# ("not eating and hitting my legs"), while an itch named after it still is (_an_itch reads an itch's denial
# as widely as before: "no eczema and hives ruled out, scratching till they bleed" is no itch).
_NEGATED_TEXT = (r"\b(?:never|not|no(?! i (?:actually |really |honestly |genuinely |truly )?do\b)|dont|wouldnt|wont|would never|im not|am not|not feeling|havent|didnt)(?: {AND}\w+){0,2} $"
                 # or with only the words of having a thought between: "never had any thoughts of ending my life"
                 r"|\b(?:never|not|no|dont|havent|hasnt|didnt|wouldnt|nor)(?: (?:had|have|has|got|any|ever|thoughts?|of|about|ideas?"
                 r"|plans?|intentions?|urges?|feelings?|wish|wishes|desire|been|thought|having|wanted|wanting))+ $"
                 # and the next of a list of such thoughts: "no thoughts of hurting myself or ending things"
                 r"|\b(?:never|not|no|dont|havent|hasnt|didnt|wouldnt|without)(?: (?:had|have|has|got|any|ever|thoughts?|of|about|ideas?"
                 r"|plans?|intentions?|urges?|feelings?|wish|wishes|desire|been|thought|having|wanted|wanting))+(?: (?!and\b|but\b)\w+){1,3} (?:or|nor) $"
                 r"|\b(?:havent|hasnt|hadnt|didnt|never|not|doesnt|dont) (?:said|say|says|mentioned|mention|talked|talk|spoken|told (?:me|us|anyone|anybody|them))(?: (?!but\b|though\b|however\b|yet\b|(?:i|ive|im|id|he|hes|she|shes|they|theyre|that)\b)\w+){0,3} $")
_NEGATED_BEFORE = _later(_NEGATED_TEXT.replace("{AND}", r"(?!and\b|plus\b)"))
_NEGATED_WIDE = _later(_NEGATED_TEXT.replace("{AND}", ""))
# ... but a "no", "not", "didn't" or "won't" of a thing, with a new subject after it, ends there: "no sleep, i want to
# die", "not eating. I have a plan to kill myself", "didn't sleep, i want to die", "won't lie, i want to end it" (a
# thought or a saying carries it on: "not that i", "never thought i", "no way i", "don't think i")
_NEW_SUBJECT = _later(r"\b(?:no|not|never|dont|didnt|wont|wouldnt|havent|hasnt|cant|isnt|wasnt|aint)(?: \w+)? (?!(?:that|think|thought|thinking|say|said|saying|says|feel|felt|mean|meant|believe|know|knew"
                      r"|claim\w*|impl\w*|suggest\w*|pretend\w*|tell\w*|told|admit\w*|longer|because|saying|worried|scared|afraid|concerned|certain|convinced"
                      r"|reckon|suppose|guess|sure|if|whether|like|way|because|cos|when|once|as|did|do|does|will|would|can|could|i|he|she|they|we)\b)"
                      r"\w+ (?:i|he|she|they|we|im|ive|id|hes|shes|theyre) $")


def _negated_in(text: str, cuts: tuple[int, ...], start: int, matched: str) -> bool:
    """Whether what matched at `start` is negated both in its clause (`cuts`: where clauses start) and
    in the whole text before it."""
    if not _negated(text[:start], matched):
        return False
    return not cuts or _negated(text[_clause_start(cuts, start): start], matched)


def _negated(before: str, matched: str = "") -> bool:
    """Whether a crisis phrase is negated by the words before it (_NEGATED_BEFORE), not ended by a new subject
    before it or at its own start ("not eating. i have a plan to kill myself")."""
    if not _NEGATED_BEFORE.search(before):
        return False
    head = matched.split(" ", 1)[0]
    return not _NEW_SUBJECT.search(before + head + " " if head in _SUBJECTS else before)


_SUBJECTS = frozenset("i he she they we im ive id hes shes theyre".split())


# ... unless the text goes on to say it has changed: "until this week", "but now", "they're back"
_UNTIL_AFTER = _later(r"(?: \w+){0,6}? (?:until|till|til|before (?:now|today|tonight|this|recently|lately|last)"
                      r"|but (?:now|lately|recently|today|tonight|this (?:week|month|year)|since) (?:i )?(?:do|does|have|has|want\w*|keep|cant stop|think about it"
                      r"|theyre|they are|its back|im having|im thinking|i am having|i am thinking|they have|theyve)"
                      r"|(?:theyre|they are|its|it is|theyve|they have|it has) (?:back|come back|returned|started))\b")
# an illness, an accident, that took someone's life: grief, not a wish ("cancer took her life last year")
_ILLNESS_BEFORE = _later(r"\b(?:cancer|illness|disease|stroke|covid|virus|accident|crash|tumou?r|heart attack|dementia|sepsis|infection"
                         r"|condition|leukaemia|leukemia|mnd|als|war)(?: (?:has|had|have|finally|eventually|slowly|which|that|sadly))* $")
_ILLNESS_VERB = _later(r"(?:end|ending|ended|ends|take|taking|took|takes|taken) (?:his|her|their|your|my) ")
# someone's, as folded ("dad's" -> "dads")
_SOMEONES = (r"(?:dads|mums|moms|fathers|mothers|brothers|sisters|sons|daughters|friends|mates|husbands|wifes|partners|uncles|aunts"
             r"|cousins|grandads|nans|grandmas|colleagues|boyfriends|girlfriends|students|patients|neighbours|neighbors)")
# a suicide that has happened to someone else, said as a death: grief, not a wish ("my son died by suicide 2 years ago",
# "since my brother took his own life", "her dad killed himself", "an inquest after a suicide"); an attempt, thoughts
# or a risk are still read ("after his suicide attempt", "he nearly killed himself"), and a wish said beside the grief
# counts through its own phrase ("he took his own life and i want to join him")
_OTHER_DEATH = _later(r"(?:killed|hanged|drowned|shot|poisoned|overdosed|suffocated|strangled) (?:himself|herself|themselves)\b"
                      r"|(?:took|ended) (?:his|her|their) (?:own )?life\b")
_OTHER_DEATH_NOT_BEFORE = _later(r"\b(?:nearly|almost|tried to|trying to|attempted to|threatened to|could have|could of|would have|wouldve|might have) $")
_SUICIDE_AS_DEATH_BEFORE = _later(r"\b(?:died by|died from|death by|deaths by|dying by|lost(?: \w+){0,4} to|after(?: a| an| the| his| her| their)?"
                                  r"|inquest(?: \w+){0,4}|bereaved by|bereavement by|bereavement after(?: a)?|his|her|their|" + _SOMEONES
                                  + r"|(?<!nearly )(?<!almost )(?<!\bi )(?<!ive )(?:committed|commited|comitted|comited)) $")
_NOT_A_DEATH_AFTER = _later(r" (?:attempt|attempts|attempted|thoughts?|ideation|risk|plan|plans|note|watch|bid)\b")
# suicide or self-harm named as a topic: studied, counted, sung, filmed, taught or defined ("suicide statistics uk for my
# school essay", "suicide prevention training for teachers", "what does self harm mean, health class homework", "nursing
# exam warning signs of suicide list"), with no
# one's wish or act said before the word. Not "prevention" or "awareness" alone ("suicide prevention" typed alone is
# asking for help), nor a class or a project, which is also where someone is ("a lad in my son's class died by
# suicide"). Such a text is asked (crisis_reader: the question with the numbers), not shown the message: a wish said
# anywhere else in it is still read by the other phrases.
_TOPIC_WORD = frozenset(("suicide", "suicides", "self harm", "selfharm", "self injury"))
_TOPIC_WORDS = _later(r"\b(?:" + "|".join(sorted(_TOPIC_WORD)) + r")\b")
_TOPIC = _later(r"\b(?:essays?|homework|assignments?|coursework|dissertation|thesis|revision|"
                r"statistics|stats|rates?|figures|research|study|studies|lyrics|songs?|film|films|movie|movies|squad|series|episode|"
                r"books?|novel|play|poem|training|course|workshop|charity|fundraiser|campaign|psychology|"
                r"sociology|definition|define|meaning|mean|means|lessons?|lectures?|exams?|quiz|textbooks?|posters?|leaflets?|"
                r"curriculum|module|facts|data|documentary|podcast|articles?|leading cause|cause of death|causes of death|"
                r"sang|karaoke|chords|guitar|piano|tabs|newspapers?|journalis\w*|projects? (?:is |was |are )?(?:on|about|into)|(?:prevention|awareness) (?:day|week|month))\b")
_INTENT_BEFORE = _later(r"\b(?:i|im|ive|id|me|myself|want\w*|wanna|wish\w*|think\w*|thought\w*|consider\w*|contemplat\w*|(?<!lesson )plan\w*"
                        r"|attempt\w*|tried|try\w*|commit\w*|urges?|feel\w*|going|gonna|about to|close to|ready|risk(?! factors?\b)|suicidal|"
                        r"he|she|they|hes|shes|theyre|him|her|them|son|daughter|friend|mum|mom|dad|brother|sister|partner|husband|wife)"
                        r"(?: \w+){0,3} $")
# a wish to do it said after the topic word (reader R106: "the documentary about suicide made me want to do it too")
_WISH_AFTER_TOPIC = _later(r"\b(?:made|makes|making|got|gets) me (?:\w+ )?(?:want|wanna|wanting|feel like|think about|thinking about)\b"
                           r"|\b(?:i|im|ive|id) (?:\w+ ){0,2}(?:want|wanna|wish|thinking of|thinking about|planning|going) (?:to )?(?:do it|try it|die|end it|kill)\b")
_BEREAVED = _later(r"\b(?:(?:died|death|dying) by suicide|(?<!\bi )(?<!nearly )(?<!almost )(?:committed|commited|comitted|comited) suicide|(?:took|ended|taken) (?:his|her|their) (?:own )?life|killed (?:himself|herself|themselves)"
                   r"|lost(?: \w+){0,4} to suicide|bereaved by suicide|suicide (?:loss|bereavement)|after (?:a|his|her|their) suicide|"
                   + _SOMEONES + r" suicide(?! (?:attempt|attempts|thoughts?|risk|plan|note|bid)))\b")
# where one would like to die, asked as a plan for the end of one's life ("choose where i'd like to die")
_WHERE_BEFORE = _later(r"\bwhere (?:\w+ ){0,2}$")
# someone else who cannot keep safe where they are cared for: an older person with dementia who wanders, a
# toddler. Said of another ("himself", "herself") in such a text, keeping safe is their care, not a crisis (only
# keeping safe: "she has dementia and wants to kill herself" is a crisis)
_OTHER_SELF = _later(r"\b(?:himself|herself|themselves|themself) safe\b|\bsafe (?:\w+ ){0,3}(?:himself|herself|themselves|themself)\b"
                     r"|\b(?:danger|risk) to (?:himself|herself|themselves|themself)\b")
_CARE = _later(r"\b(?:dementia|alzheimer\w*|wander\w*|memory (?:loss|problems|clinic)|frail|keeps falling|care home|sundown\w*"
               r"|toddler|toddlers)\b")
# "feel like I'm going to die", "thought I was going to die": fear of an illness, said before "going to die"
# ... only of dying: "I feel like I'm going to end it" is no fear of an illness
# asked about ("asked if", "whether") and denied right after: "asked if i had thoughts of harming myself and i havent"
_ASKED_BEFORE = _later(r"\b(?:asked|asks|ask|asking|question\w*) (?:\w+ ){0,2}(?:if|whether|about)\b(?:(?! (?:but|and then|so)\b) \w+){0,10} $")
_DENIED_AFTER = _later(r" (?:and |but |which |to which |no )?(?:i|he|she|they) (?:havent|hasnt|dont|doesnt|didnt|wasnt|am not|im not|arent|isnt|hadnt)"
                       r"(?: (?:had (?:any|them|one)|got (?:any|them)|at all|really|honestly))?(?= ?$| (?:i|he|she|they|im|its|at all|really|honestly|so|though|just)\b)")
_AFRAID_OF = _later(r"(?:(?:going|gonna) (?:to )?|about to )die\b")
_AFRAID_BEFORE = _later(r"\b(?:feel|feels|felt|feeling|thought|think|thinks|thinking|scared|afraid|terrified|worried|frightened|panicking|panicked"
                        r"|sure|convinced|certain|like|(?:am|will|would|could|might|shall) i|(?:is|will) (?:he|she)|(?:are|will) (?:we|they))(?: (?:like|that|as if|as though|i|im|i m|i am|i was|was|he|she|hes|shes|is|we|were|are|they))* $")
# ... unless a wish follows it: "I feel like I'm going to die and honestly I hope I do"
# ... or what one would do is asked after it: "am i gonna die if i drink bleach"
_IF_I_DO = _later(r" (?:if|when) (?:i|you) (?:drink|take|swallow|eat|jump|overdose|od|cut|hang|drown|stop)\b")
_WISH_AFTER = _later(r"(?: \w+){0,4}" + _WISH)
# a toddler or baby hitting, banging or biting himself when cross: common and harmless, unless the words say more.
# Only those acts, and only of the child named just before them: not "my wife said she wants to kill herself" beside
# a newborn, not "my husband hurts himself when he's angry, we have a 4 year old"
_YOUNG_CHILD = _later(r"\b(?:toddler|toddlers|baby|babies|(?:[1-4]|one|two|three|four) (?:year|yr)s? old|\d+ months? old|months old)"
                      r"(?: \w+){0,3} $")
_TODDLER_ACT = _later(r"(?:hit|hits|hitting|bang\w*|bite|bites|biting|pinch\w*|scratch\w*|punch\w*|slap\w*|headbutt\w*)\b")
_OF_ANOTHER = _later(r"\b(?:his|her|their|himself|herself|themselves|he|she)\b")
# scratching with an itchy skin named: the itch, unless the itch is denied ("it's not eczema"), a blade or the like
# does it ("with a compass"), or the reason is one of self-harm's own ("to feel something", "on purpose")
_NOT_AN_ITCH = _later(r"\b(?:with|using) (?:a |an |the |my |his |her )?(?:compass|blades?|razors?|knife|knives|scissors|pins?|needles?"
                      r"|glass|sharpeners?|nail file|pen|paper ?clip)\b"
                      r"|\b(?:on purpose|deliberately|intentionally|to feel|punish|only thing that|to cope|help me cope)\b")
_APOSTROPHES = dict.fromkeys(map(ord, "'\u2018\u2019\u02bc`"))  # removed, for str.translate
_HEDGES = _later(r" (?:really|just|actually|honestly|literally|truly|genuinely|totally|even|kind of|sort of|kinda|sorta)(?= )")
# (not a compound: "my self harm", "her self esteem", "my self worth" stay as typed)
_SPLIT_SELF = _later(r" (me|my|him|her|them|your|our) (?:self|selfs|selves) (?!(?:harm\w*|injur\w*|hat\w*|loath\w*|esteem|worth|care"
                     r"|destruct\w*|inflict\w*|mutilat\w*|conscious\w*|confiden\w*|control|doubt\w*|medicat\w*|isolat\w*|sabotag\w*|neglect\w*"
                     r"|pity|talk|image|respect|defen[cs]e|help|love|compassion|sooth\w*|punish\w*|poison\w*|employed|sh|assess\w*|referr\w*)\b)")
_REFLEXIVE = {"me": "myself", "my": "myself", "him": "himself", "her": "herself", "them": "themselves", "your": "yourself",
              "our": "ourselves"}
_NON_WORD = _later(r"[^a-z0-9|]+")
# Where a clause ends, for negation only (NegEx: a negation's scope ends with its clause): a sentence's end
# (not a decimal point or a time: "38.5", "10:30"), a dash between spaces, or a comma before a new "want",
# "going to" or "thinking" ("no sleep, no food, want to kill myself"; a list of things denied, "no thoughts of
# suicide, self harm or plans", goes on). _fold(marks=True) marks each with a word of its own, _BREAK, which _unmark
# takes out again. A phrase is negated only when it is so both in its clause and in the whole text before it
# (_negated_in): the clause can take a negation away, never add one ("No. Didn't sleep, I want to die": the
# "no" before ends the "didn't" at the new subject).
_CLAUSE_END = _later(r"[.:]+(?!\d)|[!?;\n|]+|\s[-\u2013\u2014]+\s|,(?= *(?:want|wanna|wanting|going to|gonna|thinking|planning|ready to|wish|wishing)\b)"
                     # a comma before a new negation ends the one before it: "not eating much, dont see the point in
                     # carrying on" (the second is said, not denied by the first)
                     r"|,(?= *(?:dont|do not|cant|cannot|can not|no point|no reason|not worth|never want|wont)\b)")
_BREAK = "|"
_WITHOUT = _later(r"(?<![a-z0-9])w/o(?![a-z0-9])")  # the shorthand for "without"

MESSAGE = (
    "If you are thinking about ending your life or harming yourself, you do not have to face this alone. "
    "If you might act on it or have already hurt yourself, call 999 (UK), 911 (US), 112 (EU) or your local "
    "emergency number now, or go to A&E. You can talk to someone any time: Samaritans 116 123 (UK and Ireland, "
    "free, day or night), 988 Suicide and Crisis Lifeline (US, call or text), or text SHOUT to 85258 (UK)."
)


# What every command shows first when only the word model reads a text as a crisis, less than surely
# (crisis_reader "model"; when sure, "sure", the MESSAGE is shown instead): it weighs words, not what they are
# about ("my son's temperature is up again tonight" weighs like a plan), so it asks and gives the numbers rather
# than alarms; in `check` it makes the level at least URGENT (no emergency:
# that is left to the phrases and the flags).
ASK = (
    "If any of this is about wanting to die or harming yourself (or someone you are worried about), you can "
    "talk to someone now: Samaritans 116 123 (UK and Ireland, free, any time), 988 (US, call or text), or text "
    "SHOUT to 85258 (UK). If you might act on it, or have already taken something or been hurt, call 999, 911 "
    "or 112, or go to A&E."
)

SHOWN = False  # set once the message has been shown in this process, so nothing contradicts it


# Text-speak, read as the words it stands for before the phrases are tried ("no1 would miss me", "go to sleep n
# never wake up", "i want to die lol"): shorthand words become their words, and the chatter that carries no
# meaning here (lol, ngl, tbh, fr, rn) is dropped. Only the phrases read it so: the word model was trained on
# the text as folded.
_SPEAK_WORDS = {"n": "and", "no1": "no one", "every1": "everyone", "evry1": "everyone", "some1": "someone",
                "sum1": "someone", "any1": "anyone", "ne1": "anyone", "u": "you", "2day": "today", "2nite": "tonight",
                "2night": "tonight", "tnite": "tonight", "cuz": "because", "coz": "because", "bc": "because",
                "b4": "before", "ppl": "people", "lol": "", "lmao": "", "ngl": "", "tbh": "", "fr": "", "rn": "",
                "tho": "", "smh": "", "b": "be", "nemore": "anymore", "y": "why", "wanna": "want to", "tryna": "trying to", "r": "are",
                "wnat": "want", "wnt": "want", "dei": "die", "idc": "i dont care", "idgaf": "i dont care"}
_SPEAK = _later(r"(?<= )(?:" + "|".join(sorted(_SPEAK_WORDS, key=len, reverse=True)) + r"|2)(?= )")
# "2" is "to" only after the words it follows in text-speak ("want 2 b here"; not "took 2 tablets"), and is
# dropped after the words that hold their "to" already ("wanna 2 die")
_TWO_AFTER = frozenset("want going have need needs trying like ready time how about plan planning decided wish used got deserve "
                       "go able come".split())
_TWO_HELD = frozenset("wanna gonna tryna".split())


def _two(before: str) -> str:
    return "" if before in _TWO_HELD else "to" if before in _TWO_AFTER else "2"


def _text_speak(folded: str) -> str:
    if not _SPEAK.search(folded):
        return folded
    words = folded.split()
    out = [_two(words[i - 1] if i else "") if w == "2" else _SPEAK_WORDS.get(w, w) for i, w in enumerate(words)]
    return " " + " ".join(w for w in out if w) + " "


def _unmark(marked: str) -> tuple[str, tuple[int, ...]]:
    """A folded text without its clause ends (_BREAK), and where each was: the place of the space before
    the clause that follows it."""
    if _BREAK not in marked:
        return marked, ()
    text, cuts = " ", []
    for word in marked.split():
        if word == _BREAK:
            cuts.append(len(text) - 1)
        else:
            text += word + " "
    return text, tuple(cuts)


def _clause_start(cuts: tuple[int, ...], at: int) -> int:
    """Where the clause holding place `at` starts (0 with no clause end before it)."""
    return max((cut for cut in cuts if cut < at), default=0)


def _fold(text: str, marks: bool = False) -> str:
    """Lower case without accents or apostrophes, each word between single spaces; with `marks`, each clause
    end (_CLAUSE_END) a word of its own, _BREAK (see _folds)."""
    return _fold_words(_fold_letters(text), marks)


def _fold_letters(text: str) -> str:
    """The text in lower case without accents or apostrophes, "w/o" as "without": what both folds share."""
    import unicodedata

    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = text.translate(_APOSTROPHES)
    return _WITHOUT.sub(" without ", text)  # "better off w/o me"


def _fold_words(text: str, marks: bool) -> str:
    """The letters folded (_fold_letters) as words between single spaces, clause ends marked or not."""
    text = _CLAUSE_END.sub(" " + _BREAK + " ", text) if marks else text.replace(_BREAK, " ")
    text = " " + _NON_WORD.sub(" ", text).strip() + " "
    # "me self", "him self": the reflexive written as two words, as in a second language or a hurry
    if " sel" in text:
        text = _SPLIT_SELF.sub(lambda m: " " + _REFLEXIVE[m.group(1)] + " ", text)
    # hedges and intensifiers carry no meaning here: "I don't really want to be here" is "I don't want to be here"
    return _HEDGES.sub("", text)  # one pass: the lookahead leaves the space for the next hedge


@lru_cache(maxsize=8)  # the phrases fold a text first, and crisis_reader folds it again for _BEREAVED
def _folds(text: str) -> tuple[str, str]:
    """The text folded as the phrases read it, and the same with its clause ends marked; when marking a clause
    end changes what is read ("my self - harm" is "myself harm" either way, but the mark would part "self" from
    "harm"), the text folded without marks stands for both, and it is read as a whole."""
    letters = _fold_letters(text)
    folded, marked = _fold_words(letters, False), _fold_words(letters, True)
    return folded, marked if _unmark(marked)[0] == folded else folded


# A parent, partner or friend often types it in the third person, and anyone in another form of the
# verb: each text is also read as the person would say it of themselves, in the present, so that the
# first-person patterns above cover "he's just a burden", "she feels trapped", "my son doesn't want to
# be here" and "thoughts about not wanting to be here". Only the subject and its verb are changed:
# "himself" and "his" stay, as the patterns for someone else's self-harm and will read them with the
# exceptions those need ("cutting herself on the brambles", "his will").
_PERSON = [(_later(r"(?<= )" + pattern + r"(?= )"), into) for pattern, into in (
    (r"(?:hes|shes|theyre|he is|she is|they are)", "im"),
    (r"(?:he|she|they) (?:has|have)", "i have"),
    (r"(?:hasnt|has not)", "havent"),
    (r"(?:doesnt|does not|didnt|did not|do not|not|no longer|never|(?:havent|have not|hadnt|had not)(?: been)?) (?:wants|wanted|wanting|want|wanna)", "dont want"),
    (r"(?:he|she|they)", "i"),
    (r"(?:wants|wanted|wanting)", "want"),
    (r"(?:feels|felt|feeling)", "feel"),
    (r"(?:wishes|wished|wishing)", "wish"),
    (r"(?:thinks|thought)", "think"),
)]


def _first_person(folded: str) -> str:
    for pattern, into in _PERSON:
        folded = pattern.sub(into, folded)
    return folded


# Slips of typing in the words that carry it ("i want to kil myslef", "i wnat to die", "dissapear"): a word one
# slip from one of these (a letter left out or added, two neighbours swapped, a letter doubled or not, and for
# the longer words one letter wrong) that is not itself an English word is read as that word. Tried only when
# the text as typed says nothing, so a text without such a slip costs one pass over its words.
_KEYWORDS = (
    "kill", "killing", "myself", "himself", "herself", "themselves", "yourself", "want", "wanna", "wanted", "suicide",
    "suicidal", "disappear", "overdose", "overdosed", "overdosing", "harm", "harming", "hurt", "hurting", "cutting",
    "alive", "living", "ending", "anymore", "dead", "death", "purpose", "deliberately", "self", "life", "point",
)
_DOUBLED = _later(r"([a-z])\1+")
_KEYWORDS_UNDOUBLED = {key: _DOUBLED.sub(r"\1", key) for key in _KEYWORDS}
# the keywords a word of each length can be a slip of (at most 2 letters longer or shorter), in _KEYWORDS order
_KEYWORDS_NEAR_LENGTH = {n: tuple(k for k in _KEYWORDS if abs(len(k) - n) <= 2) for n in range(3, 15)}


def _slip_of(word: str, key: str, undoubled: str) -> bool:
    """Whether `word` (`undoubled`: its doubled letters made single) is one typing slip away from `key`
    (see _KEYWORDS)."""
    if word == key or abs(len(word) - len(key)) > 2:
        return False
    if undoubled == _KEYWORDS_UNDOUBLED[key]:
        return True
    if len(word) == len(key) - 1:
        return any(key[:i] + key[i + 1:] == word for i in range(len(key)))
    if len(word) == len(key) + 1:
        return any(word[:i] + word[i + 1:] == key for i in range(len(word)))
    if len(word) == len(key):
        diff = [i for i in range(len(key)) if word[i] != key[i]]
        if len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == key[diff[1]] and word[diff[1]] == key[diff[0]]:
            return True
        return len(diff) == 1 and len(key) >= 6
    return False


def _respelled(folded: str, keep: frozenset = frozenset()) -> tuple[str, list[str]]:
    """The folded text with each slip read as its word (_KEYWORDS), but for the words in `keep`, and the
    words so read."""
    changed = []
    out = []
    for word in folded.split():
        if word not in _KEYWORDS and word not in keep and len(word) >= 3 and word.isalpha():
            undoubled = _DOUBLED.sub(r"\1", word)
            key = next((k for k in _KEYWORDS_NEAR_LENGTH.get(len(word), ()) if _slip_of(word, k, undoubled)), None)
            if key:
                changed.append(word)
                word = key
        out.append(word)
    return " " + " ".join(out) + " ", changed


def mentions_crisis(*texts: str) -> bool:
    """True when the phrases read the texts as speaking of wanting to die or of self-harm (see
    crisis_reader): the crisis message, and an emergency in `check`."""
    return crisis_reader(*texts, model=False) == "phrases"


# Another's words, reported: an insult, a threat or bullying ("someone in game chat told me to kys", "my boss said
# I'd be better off dead", "kids told my son to go die", "my ex keeps saying he will kill me"). They are no wish of
# the person's own: the text is read without them, and when only they said it, the person is asked (with the
# numbers: being told to die is a known harm) rather than shown the message. The reported words run from the verb
# for at most 8 words, up to what the person goes on to say ("and", "but", "so", "maybe", "i"...): "everyone tells
# me to kys and i might" still reads "i might". Not what the person tells others ("I told my mum I want to die"),
# tells themselves, or hears from voices (their commands are a crisis, read by the patterns above). Read as a
# lookahead, so that a word before the verb that could be one ("keeps", "comments") does not hide it.
_REPORT_VERBS = ("told", "tell", "said", "say", "messag", "texted", "wrote", "writes", "comment", "yell", "shout",
                 "scream", "posted", "dm", "called", "threaten")
_REPORTED = _later(r"(?<!\bi )(?<!\bive )(?<!\bi ve )(?<!\bi have )(?<!\bi had )(?<!\bi just )(?<!\bi keep )(?<!\bi kept )(?<!\bi even )"
                   r"\b(?=(?:told|tells|telling|tell|said|says|saying|messaged|texted|wrote|writes|commented|yelled|yells"
                   r"|shouted|shouts|screamed|screams|posted|dmd|dmed|called|threatened|threatens|threatening) "
                   r"(?!(?:myself|me that i|me i)\b)((?:(?!(?:and|but|so|because|cos|coz|cause|maybe|honestly|tbh|i|im|ive|i m)\b)\w+ ){1,8}))")
# what the reported words must say: an insult or a threat aimed at the hearer, as they begin ("[me] to go die", "[me]
# to kys", "i'd be better off dead", "he will kill me"), not someone's own wish ("my friend told me she wants to die",
# "my son said he'd be better off dead", "said they're going to kms tonight" are their crisis, read above)
_REPORTED_CRISIS = _later(r"^(?:(?:me|him|her|them|us|my \w+|our \w+|his \w+|the \w+) )?(?:(?:to|that|that i should|i should|you should|u should|ya should"
                          r"|id|i d|i would|youd|you d|you would|you|u|ud) )*(?:go |and |just |should |be )*(?:die\b|kys\b|kill (?:yourself|urself|ur self"
                          r"|your self|himself|herself|themselves|myself)\b|unalive (?:yourself|urself|himself|herself)|off (?:yourself|himself|herself)|neck (?:yourself|himself|herself)"
                          r"|hang (?:yourself|himself|herself)|end it\b|better off dead|drop dead)"
                          r"|^(?:that |it )?(?:should have|shouldve|should of) been (?:you|u)\b|^(?:you|u) (?:should have|shouldve|should of) died"
                          r"|^(?:\w+ )?(?:wish|wished|wishes) (?:i|you|u) (?:was|were|had) (?:dead|died|never been born)"
                          r"|^(?:the )?world (?:would|d) be better (?:off )?without (?:you|u)\b"
                          r"|^(?:\w+ )?(?:\w+ )?(?:he|she|they|hed|shed|theyd|he d|she d|they d|hell|shell|theyll)(?: will| would| ll| is going to| s going to"
                          r"| was going to| gonna)? (?:kill|hurt|murder|stab|shoot) (?:me|us|my \w+)\b")
# the reporter is in the person's own head (their thoughts or voices, whose commands are a crisis)
_OWN_HEAD = _later(r"\b(?:head|brain|mind|thoughts?|voices?|demons?|devil|inner \w+)(?: \w+)? $")
# the person agreeing or going on to say what they will do after the reported words ("... and i might", "maybe
# they're right"): the whole text is read
_AGREES = _later(r" (?:\w+ )?(?:(?:and|but|so|tbh|honestly|maybe|lol|ngl|part of me|deep down) )*(?:(?:i|im|ive|id|i m|i ve|i d) (?:\w+ )?"
                 r"(?:might|may|will|should|could|want|wanna|gonna|going to|agree|probably|believe (?:them|her|him|it)|think (?:so|about it"
                 r"|(?:shes|hes|theyre|they re|they are|she is|he is|she s|he s) (?:\w+ )?right)|tried|did it|have tried|feel the same|deserve)"
                 r"|(?:theyre|they re|they are|hes|he is|shes|she is|(?:they|he|she) (?:might|may|could) be) (?:\w+ )?right)\b")


def _reported(text: str) -> tuple[str | None, bool]:
    """The folded text without another's reported words of dying or killing (_REPORTED), or None when it has none;
    and whether the person agrees with them (_AGREES: "... and i think she's right"), which is their own wish."""
    folded = _folds(text)[0]
    if not any(verb in folded for verb in _REPORT_VERBS) or "voice" in folded:
        return None, False  # most texts: plain substring tests, no pattern built
    found = [m for m in _REPORTED.finditer(folded)
             if _REPORTED_CRISIS.search(m.group(1)) and not _OWN_HEAD.search(folded, 0, m.start())]
    if not found:
        return None, False
    if any(_AGREES.match(folded, m.end(1) - 1) for m in found):
        return None, True
    for start, end in reversed([m.span(1) for m in found]):
        folded = folded[:start] + folded[end:]
    return folded, False


def crisis_reader(*texts: str, model: bool = True) -> str | None:
    """Which reader takes the texts as speaking of wanting to die or of self-harm: "phrases" when a
    phrase says it (_phrases_take); else, when `model` is true, "sure" when the word model (model_score)
    reads it so with log-odds of at least _MODEL_SURE, "model" when it reads it so at all; else None.
    "phrases" and "sure" get the crisis message, "model" the question (ASK). Another's reported words of
    dying or killing (_reported) alone get at most the question; agreeing with them is read as one's own wish."""
    text = " ".join(t for t in texts if t)
    rest, agreed = _reported(text)
    if agreed:
        return "phrases"
    reader = _read(text, model)
    if rest is None or not reader:
        return reader
    left = _read(rest, model)
    return left if left in ("phrases", "sure") else ("model" if model else None)


def _read(text: str, model: bool) -> str | None:
    """crisis_reader, of the whole text."""
    if _phrases_take(text):
        return "phrases"
    if not model:
        return None
    if _topic_named(text):
        return "model"  # suicide or self-harm named as a topic, and no wish or act said: asked, with the numbers
    score = model_score(text)
    if score is None or score < _model()[1]:
        # someone bereaved by suicide (a known risk, but no wish to die said) is asked, with the numbers, rather
        # than shown the message: the phrases read such a death as grief (_OTHER_DEATH)
        return "model" if _BEREAVED.search(_folds(text)[0]) else None
    return "sure" if score >= _MODEL_SURE else "model"


def _as_topic(text: str, start: int) -> bool:
    """Whether a topic word at `start` of a folded text is named as a topic: the text frames it (_TOPIC), no one's
    wish or act is said just before it (_INTENT_BEFORE), and no wish to do it is said after it (_WISH_AFTER_TOPIC:
    "the documentary about suicide made me want to do it too"). The one rule of both _phrase_counts and _topic_named."""
    return (bool(_TOPIC.search(text)) and not _INTENT_BEFORE.search(text[:start])
            and not _WISH_AFTER_TOPIC.search(text, start))


def _topic_named(text: str) -> bool:
    """Whether the text names suicide or self-harm as a topic, with no one's wish or act before the word."""
    folded = _folds(text)[0]
    if not any(word in folded for word in _TOPIC_WORD):
        return False  # most texts: plain substring tests, no pattern built (crisis_reader runs on every command)
    return any(_as_topic(folded, m.start()) for m in _TOPIC_WORDS.finditer(folded))


@lru_cache(maxsize=8)  # every command reads its words first, and `check` reads them again
def _phrases_take(text: str) -> bool:
    """Whether a phrase says it (not negated), as typed or read in the first person (_PERSON), with its
    text-speak read as words (_text_speak: a second reading, so it can only add), or with its slips of
    typing read (_KEYWORDS)."""
    folded, marked = _folds(text)
    if _says_it(folded, marked):
        return True
    spoken = _text_speak(folded)
    if spoken != folded and _says_it(spoken, _text_speak(marked)):
        return True
    respelled, changed = _respelled(folded)
    if changed and _says_it(respelled, _respelled(marked)[0]):
        from .reading import english_words  # only now: a word list lookup costs about 50 ms the first time

        words = english_words()
        real = frozenset(w for w in changed if w in words)  # a real word is never read as another
        return not real or _says_it(_respelled(folded, keep=real)[0], _respelled(marked, keep=real)[0])
    return False


# The second reader: a word model. The phrases above are what the sources and the sets of wordings read
# so far taught, and on sets of wordings written after them they found 56 to 89 crisis texts in 100 (see
# benchmarks/blind/README.md): what they miss is said in ordinary words ("took 20 of my sertraline because I
# wanted to stop feeling like this", "I have rope in garage"). A logistic regression over the words and
# word pairs of the first-person reading, trained by scripts/train_crisis_model.py on every labelled text of
# the opened sets (crisis texts and their near-twins, and thousands of everyday health descriptions and
# searches that are not crisis), weighs all of a text's words together. It never alarms: a text only it
# takes gets the question (ASK), not the message, and in `check` at least URGENT but no emergency
# (check.QUESTION_REASON), as it weighs words and not what they are about; only when its log-odds reach
# _MODEL_SURE is it sure enough to show the message itself (the level in `check` stays at least URGENT:
# the emergency is the phrases' and the flags', which read a plan or an act). Words after a negating word
# (_MODEL_NEGATORS, up to four words on, in the clause) are features of their own ("~hurt"), so "I would
# never hurt myself" does not weigh as "hurt myself" does. Each feature is
# hashed (CRC-32) into one of 2**_MODEL_BITS weights, the sign taken from the top bit of the hash;
# data/crisis-model.bin holds the bias, the threshold (as a log-odds) and the weights, float32 little-endian.
_MODEL_BITS = 18
_MODEL_GATE = 1.0
# The log-odds at which the model alone shows the crisis message rather than the question. Round 54 set it at
# 6 on the three opened crisis sets the model had not learned from (25-27). Round 57 set it again, once, by the
# left-out figures of scripts/train_crisis_model.py over all 26 opened crisis sets (each left out of training in
# turn): of the left-out texts the phrases leave, 4 shows the message for 168 of 256 crisis texts (6: 129), 11 of
# 1,545 near-twins (6: 5) and 63 of 98,595 everyday texts (6: 40); 3 would add 10 crisis texts for 20 others. Round
# 58 wrote the choice down as a rule the script applies and prints (NEAR_TWINS_SHOWN, EVERYDAY_SHOWN there): the lowest
# cut at which at most 1 in 100 left-out near-twins and 1 in 1,000 left-out everyday texts get the message. Over the
# 32 opened crisis sets (to 47) that is 3: 278 of 387 crisis texts the phrases leave (4: 252), 12 of 1,904 near-twins
# (4: 10), 94 of 122,555 everyday texts (4: 81); 2 passes the near-twins' limit (16) but not the everyday texts' (139).
# Round 59 retrained it with crisis set 49 and training set 4 (killing pests and germs, harm done by others,
# bereavement, idioms): over the 33 opened crisis sets the rule's cut is still 3: 277 of 393 crisis texts the phrases
# leave (4: 254), 11 of 1,961 near-twins (4: 9), 87 of 126,382 everyday texts (4: 70).
# In `check` the level is the same either way (at least URGENT): the cut moves only which line is shown.
_MODEL_SURE = 3.0
_MODEL_NEGATORS = frozenset(("no", "not", "never", "dont", "didnt", "wont", "wouldnt", "isnt", "arent", "cant",
                             "havent", "without", "nor"))
_MODEL_FILE = "crisis-model.bin"
_model_cache: tuple | None = None


# Function words are features only in pairs ("kill myself", "want to"): alone they weigh how a text is written
# (crisis texts are in the first person far more often than questions about a rash), not what it says, and
# "myself" alone made "cut myself shaving" and "I'll take myself to A&E" read as crisis texts.
_MODEL_FUNCTION_WORDS = frozenset((
    "i", "me", "my", "myself", "you", "your", "he", "him", "his", "himself", "she", "her", "herself", "they", "them",
    "their", "themselves", "we", "us", "our", "it", "its", "this", "that", "these", "those", "a", "an", "the", "and",
    "or", "but", "if", "so", "to", "of", "in", "on", "at", "for", "with", "from", "by", "about", "as", "into", "up",
    "down", "out", "off", "over", "is", "am", "are", "was", "were", "be", "been", "being", "have", "has", "had",
    "do", "does", "did", "will", "would", "can", "could", "should", "may", "might", "must", "shall", "ill", "im",
    "ive", "id", "just", "then", "than", "there", "here", "what", "when", "where", "how", "why", "who", "which",
    "all", "any", "some", "no", "not", "dont", "e",
    # and the commonest verbs, as empty alone ("I want to know", "I've got", "I feel", "I think")
    "want", "wanna", "wants", "wanted", "got", "get", "know", "feel", "feeling", "think", "going", "go", "like",
    "really", "need", "make", "see", "take", "taking", "took", "keep", "thing", "things", "also", "something",
))


_CLAUSE = _later(r"[.!?;,:\n]+")


def model_features(text: str) -> set[str]:
    """The features of a text: in each clause (split at punctuation), the words of its first-person
    reading but function words (_MODEL_FUNCTION_WORDS), and each pair of neighbours with at least one
    word that is not ("kill myself", "to die"; not "i want", "ive been"). A negating word marks the next
    four words of its clause ("~hurt")."""
    features: set[str] = set()
    for clause in _CLAUSE.split(text):
        words: list[str] = []
        negated = 0
        for word in _first_person(_fold(clause)).split():
            if word in _MODEL_NEGATORS:
                negated = 4
                words.append(word)
                continue
            words.append("~" + word if negated else word)
            negated = max(0, negated - 1)
        content = [w.lstrip("~") not in _MODEL_FUNCTION_WORDS for w in words]
        features.update(w for w, c in zip(words, content) if c)
        features.update(words[i] + " " + words[i + 1] for i in range(len(words) - 1) if content[i] or content[i + 1])
    return features


def model_slot(feature: str) -> tuple[int, float]:
    """The weight a feature adds to, and the sign it adds with."""
    import zlib

    h = zlib.crc32(feature.encode("utf-8"))
    return h & ((1 << _MODEL_BITS) - 1), 1.0 if h >> 31 else -1.0


def _model() -> tuple:
    """(weights, threshold, bias), opened once; (None, 0.0, 0.0) when the file is missing or the wrong size,
    and then only the phrases above are read, as before the model. The weights are mapped, not read: a
    text needs a few dozen of the 2**18, and reading the whole megabyte cost every command 3-13 ms."""
    global _model_cache
    if _model_cache is None:
        import os
        import sys

        _model_cache = (None, 0.0, 0.0)
        here = os.path.dirname(os.path.abspath(__file__))  # installed: healthq/data; a checkout: ../../data
        size = 4 * (2 + (1 << _MODEL_BITS))
        for base in (os.path.join(here, "data"), os.path.join(here, os.pardir, os.pardir, "data")):
            try:
                with open(os.path.join(base, _MODEL_FILE), "rb") as file:
                    if os.fstat(file.fileno()).st_size != size:
                        break
                    if sys.byteorder == "little":
                        import mmap

                        weights = memoryview(mmap.mmap(file.fileno(), size, access=mmap.ACCESS_READ)).cast("f")
                    else:  # pragma: no cover - the file is little-endian
                        from array import array

                        weights = array("f", file.read(size))
                        weights.byteswap()
                _model_cache = (weights, float(weights[1]), float(weights[0]))
                break
            except (OSError, ValueError):
                continue
    return _model_cache


def model_score(text: str) -> float | None:
    """The model's log-odds that a text is a crisis text; None when there is no model, or when no feature of
    the text is itself a crisis feature (a word that is not a function word, or a pair of words, not negated,
    whose own weight is at least _MODEL_GATE): many small weights of everyday words must not add up to a crisis
    of "I've got a rash and I want to know what to do" (two function words make no pair: "i want" is no
    feature). Until round 57 only a single word passed; round 57's retrained model carries some crisis texts on
    pairs alone ("sunday night", "doing it", "last night" and "my last", while no word reaches 1.0) and gave them
    nothing, at log-odds up to 7. Its cost: a short everyday text with such a pair and little else ("last night
    I had diarrhoea 6 times") can get the question."""
    weights, _, bias = _model()
    if weights is None:
        return None
    score = bias
    gate = False
    for feature in model_features(text):
        slot, sign = model_slot(feature)
        weight = sign * weights[2 + slot]
        score += weight
        gate = gate or (weight >= _MODEL_GATE and not feature.startswith("~"))
    return score if gate else None


# medicines gathered up to be got rid of (opened crisis set 42's over-call): the disposal said later in the text
_STOCKPILE = _later(r"(?:saving|saved|stockpil\w*|hoard\w*|collecting|stashing|stashed|storing|kept back|put aside|putting aside)\b")
_DISPOSAL = _later(r"(?: \w+){0,25} (?:get rid of|getting rid of|dispose|disposing|disposal|throw (?:them |it )?away|take (?:them |it )?back to"
                   r"|return (?:them |it )?to|hand (?:them |it )?in)\b")


def _phrase_counts(text: str, cuts: tuple[int, ...], match) -> bool:
    """Whether a phrase that matched in a folded text says it: not negated in its clause, not an illness taking a
    life, a fear of dying, a carer's worry, an itch or a toddler's temper."""
    said = match.group(0)
    if _negated_in(text, cuts, match.start(), said) and not _UNTIL_AFTER.match(text[match.end():]):
        return False
    if _ILLNESS_VERB.match(said) and _ILLNESS_BEFORE.search(text[: match.start()]):
        return False
    if _DENIED_AFTER.match(text[match.end():]) and _ASKED_BEFORE.search(text[: match.start()]):
        return False
    if (_AFRAID_OF.match(said) and _AFRAID_BEFORE.search(text[: match.start()]) and not _WISH_AFTER.match(text[match.end():])
            and not _IF_I_DO.match(text[match.end():])):
        return False
    before, after = text[: match.start()], text[match.end():]
    death = _OTHER_DEATH.match(said)
    if death and death.end() == len(said.rstrip()) and not _OTHER_DEATH_NOT_BEFORE.search(before):
        return False
    if (said.startswith("suicid") and " " not in said.strip() and _SUICIDE_AS_DEATH_BEFORE.search(before)
            and not _NOT_A_DEATH_AFTER.match(after)):
        return False
    if said.endswith(" die") and _WHERE_BEFORE.search(before):
        return False
    if said.strip() in _TOPIC_WORD and _as_topic(text, match.start()):
        return False  # a topic (crisis_reader asks: _topic_named)
    if _OTHER_SELF.search(said) and _CARE.search(text):
        return False  # "dad has dementia, I don't think he can keep himself safe at home"
    if _DISPOSAL.match(text[match.end():]) and _STOCKPILE.match(said):
        return False  # "dad has saved up all his old tablets in a shoebox, where can I take them to get rid of them"
    if "scratch" in said and _an_itch(text):
        # "scratching her arms when she's stressed, eczema", "been scratching my arms at night, eczema" (the
        # scratching anywhere in what matched, not only at its start): the itch
        return False
    # "my toddler bangs his head when he gets upset" (KidsHealth: common and harmless)
    return not (_TODDLER_ACT.match(said) and _OF_ANOTHER.search(said) and _YOUNG_CHILD.search(text[: match.start()]))


_closing_compiled = None


def _closing():
    """The phrases that must close what is said (their pattern reads the end of the text, "$"), compiled apart."""
    global _closing_compiled
    if _closing_compiled is None:
        from . import rx

        _closing_compiled = rx.compile(r"\b(?:" + "|".join(p for p in (*_PATTERNS, *_PATTERNS_ADDED) if "$" in p) + r")")
    return _closing_compiled


def _says_it(folded: str, marked: str) -> bool:
    """Whether a phrase or two kinds of warning sign say it in a folded text; `marked` is the same text with
    its clause ends (_folds, read the same way), so that a negation is read within its clause."""
    first = _first_person(folded)
    first_marked = first if marked == folded else _first_person(marked)
    readings = dict.fromkeys(((folded, marked), (first, first_marked)))  # one, when nothing changed
    kinds: set = set()
    said: set = set()
    for text, marked_reading in readings:
        unmarked, cuts = _unmark(marked_reading)
        if unmarked != text:
            cuts = ()  # a reading that ran over a clause end (text-speak "want... 2 b here"): the whole text, as before
        if any(fragment in text for fragment in _FRAGMENTS):
            # the whole text, then each clause again with the text before it blanked (at the same places, so negation
            # still reads the whole text): a phrase's own look-behind guards read only its clause, and another person
            # named at the end of the clause before ("had a fight with my dad. stubbed a fag out on my leg") is not the
            # one who did it
            for start in (0, *cuts):
                alone = " " * start + text[start:]
                if any(_phrase_counts(text, cuts, m) for compiled in _crisis() for m in compiled.finditer(alone)):
                    return True
            # a phrase that must close what is said ("... how many it would take", "what's the point") is also
            # read as closing at each clause end: "how many of my tablets it would take. Anyway, is it normal..."
            for cut in cuts:
                said_to = text[: cut + 1]
                if any(m.end() >= cut and _phrase_counts(text, cuts, m) for m in _closing().finditer(said_to)):
                    return True
        k, s = _warning_signs(text, cuts)
        kinds |= k
        said |= s
    return len(kinds) >= 2 or len(said) >= 3


def _an_itch(folded: str) -> bool:
    """Whether a text of scratching names an itchy skin that is not denied, with no blade and no reason of self-harm."""
    return (not _NOT_AN_ITCH.search(folded)
            and any(not _NEGATED_WIDE.search(folded[: m.start()]) for m in re.finditer(_ITCHY, folded)))


def _signs():
    global _signs_compiled
    if _signs_compiled is None:
        from . import rx

        _signs_compiled = rx.compile("|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _SIGNS.items()))
    return _signs_compiled


# itchy skin: scratching one's arms or legs is the itch, not self-harm ("eczema ... scratching his arms until they bleed")
_ITCHY = r"\b(?:eczema|itch\w*|dermatitis|psoriasis|hives|rash\w*|chicken ?pox|scabies|bites?|bitten|nettles?|allerg\w*)\b"
# the kinds in which a person says it in their own words: three different such phrases in one text ("thanks for
# everything, love you all, this is goodbye"; "I feel trapped, there's no way out, I can't see a future") are a
# farewell or despair spelled out, though of one kind (NIMH: talking about feeling trapped, saying goodbye)
_SPOKEN = ("goodbye", "hopeless")


def _warning_signs(folded: str, cuts: tuple[int, ...] = ()) -> tuple[set, set]:
    """The kinds of warning sign (see _SIGNS) a folded text holds, each not negated right before it in its
    clause (`cuts`: where the clauses after the first start), and the different phrases of the spoken
    kinds (_SPOKEN)."""
    if not any(fragment in folded for fragment in _SIGN_FRAGMENTS):
        return set(), set()
    kinds, said = set(), set()
    for match in _signs().finditer(folded):
        kind = match.lastgroup
        if not kind or _negated_in(folded, cuts, match.start(), match.group(0)):
            continue
        if kind == "injury" and match.group(0).startswith("scratch") and re.search(_ITCHY, folded):
            continue
        kinds.add(kind)
        if kind in _SPOKEN:
            said.add((kind, match.group(0)))
    return kinds, said
