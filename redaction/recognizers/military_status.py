"""Military status: service, units, bases, deployments, ranks and discharge."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..lexicon import generated_list
from .base import Cand, FunctionRecognizer, PatternRecognizer, rx
from .vocabulary import COUNTRIES, STATE_CODES, TERRITORY_CODES, US_STATES

# What a military veteran is a veteran of: a service, a war or an operation.
SERVED_IN = (
    r"(?:the\s+)?(?:U\.?S\.?\s+)?(?:Army|Navy|Air\s+Force|Marines?|Marine\s+Corps|Coast\s+Guard|"
    r"(?:National\s+)?Guard|Space\s+Force|military|armed\s+forces|Gulf|Persian\s+Gulf|Vietnam|"
    r"Korea|Korean|Iraq|Afghanistan|Desert\s+Storm|Operation|OIF|OEF|WWII|WW2|World\s+War|"
    r"(?:two|both|three)\s+wars|wars?\b|foreign\s+wars|combat|\d+\s+(?:tours|deployments))"
)
# Places of the recent wars' theatres (scripts/build_lexicons.py), longest first, and the
# older wars' countries; a name counts as service only after a word of service.
_ZONES = sorted(generated_list("military_status.war_zones.txt"), key=len, reverse=True)
THEATRE = (
    r"(?:the\s+)?(?:"
    + "|".join(re.escape(p) for p in _ZONES)
    + r"|Kosovo|Bosnia|Somalia|Vietnam|Korea|Gulf|sandbox)\b"
)
RULES: tuple[tuple[re.Pattern, str, str], ...] = (
    # A numbered unit by its abbreviated kind (USAF wings, groups and squadrons; Army divisions
    # and brigade combat teams; Marine expeditionary units): "60th AMW", "28th ID", "2nd BCT".
    (
        rx(
            r"\b\d{1,3}(?:st|nd|rd|th)\s+(?:AMW|ARW|ABW|AW|FW|BW|MW|SOW|TRW|FTW|AMXS|MXS|MXG|OG|MSG|"
            r"SFS|SFG|CES|LRS|FSS|CS|MDG|OSS|ARS|RQS|SOS|FS|BS|ID|CAB|BCT|IBCT|ABCT|SBCT|MEU|MEF|"
            r"MLG|MAW|MP\s+(?:Co|Bn|Bde))\b",
            0,
        ),
        "military_status",
        "unit",
    ),
    # An Army or Marine occupation code held by a person: "8 yrs as a 25B", "as an 0311";
    # with the time served when said ("10K" is a race, not a code).
    (
        rx(
            r"\b(?:(?:\d+|a\s+few|two|three|four|five|six|eight|ten)\s+(?:years?|yrs?|months?)\s+)?"
            r"as\s+an?\s+(?-i:\d{2}[A-JL-Z]\d{0,2}|0\d{3})\b"
        ),
        "military_status",
        "occupation-code",
    ),
    (
        rx(
            r"\b(?:deployed|mobilized)\s+(?:twice|once|three\s+times|four\s+times|"
            r"\d+\s+times|again)\b"
        ),
        "military_status",
        "deployed",
    ),
    (
        rx(
            r"\b(?:I|he|she|they|we|when\s+I|before\s+I)\s+(?:first\s+)?(enlisted)\b"
            r"(?!\s+(?:the|a|an|his|her|my|their|our|help|support|friends|volunteers)\b)"
        ),
        "military_status",
        "enlisted",
    ),
    # "vet here, ..." opening a post is a veteran introducing themself, not "the vet here in town".
    (
        rx(
            r"(?:^|(?<=[.!?\"“'‘(:])\s*|(?<=[.!?]\s))((?:(?:fellow|combat|proud|disabled|Army|Navy|"
            r"Marine|USMC|Air Force)\s+)?vet\s+here)\b(?!\s+in\b)"
        ),
        "military_status",
        "veteran",
    ),
    # military
    (
        rx(
            r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty)\s*(?:years?|"
            r"yrs?)\s+(?:in\s+the\s+|of\s+)?"
            r"(?:Army|Navy|Marines|Marine Corps|USMC|Air Force|USAF|Coast Guard|Guard|National "
            r"Guard|Reserves?|"
            r"military|service|active duty)\b"
        ),
        "military_status",
        "years-of-service",
    ),
    (
        rx(
            r"\b(?:\d+|one|two|three|four|five|six|seven|eight|multiple|"
            r"several)\s+(?:combat\s+)?(?:tours?|deployments?)"
            r"(?:\s+(?:in|to|of)\s+(?:the\s+)?[A-Z][a-z]+)?"
        ),
        "military_status",
        "tours",
    ),
    (
        rx(
            r"\b(?:tours?|deployments?|rotations?|time|IEDs?|convoys?|patrols?|burn\s+pits?)\s+(?:in|to|"
            r"outside(?:\s+of)?|near|around)\s+" + THEATRE
        ),
        "military_status",
        "tours",
    ),
    (
        rx(
            r"\b(?:currently|recently|just|was|were|got|been|being|is|are|when\s+(?:i|he|"
            r"she)\s+was|while)\s+deployed\b"
            r"(?:\s+(?:to|in|with|overseas)\b(?:\s+the)?(?:\s+\d+(?:st|nd|rd|"
            r"th))?(?:\s+[A-Z][\w-]*){0,3})?"
        ),
        "military_status",
        "deployed",
    ),
    (
        rx(
            r"\bdeployed\s+(?:to|with|overseas)\b(?:\s+the)?(?:\s+\d+(?:st|nd|rd|"
            r"th))?(?:\s+[A-Z][\w-]*){0,3}"
        ),
        "military_status",
        "deployed",
    ),
    (
        rx(
            r"\b(?:his|her|my|their|a|the|before|after|during|since|post|first|second|last|"
            r"next)\s+deployments?\b"
        ),
        "military_status",
        "deployment",
    ),
    (
        rx(
            r"\b(?:on\s+leave|home|back|returned|returning|came\s+back)\s+from\s+"
            r"(?:(?:a|his|her|my|their)\s+)?(?:(?:Fort|Camp|Joint Base|deployment|basic|"
            r"boot camp)\b(?:\s+[A-Z][a-z]+)?|" + THEATRE + ")"
        ),
        "military_status",
        "home-from",
    ),
    (
        rx(r"\b(?:killed|died|wounded|KIA)\s+in\s+(?:action\b|combat\b|" + THEATRE + ")"),
        "military_status",
        "killed-in-action",
    ),
    (
        rx(
            r"\b(?:Army|Navy|Marine|Air Force|Coast Guard|Guard|National Guard|USMC|combat|war|"
            r"Gulf War|Vietnam|"
            r"Vietnam-era|Korean War|WWII|WW2|Iraq|Afghanistan|OIF|OEF|disabled|proud|fellow|"
            r"military|retired|"
            r"Army Reserve|Marine Corps|decorated|female|women)\s+(?:vet|vets|veteran|veterans)\b"
        ),
        "military_status",
        "veteran",
    ),
    (
        rx(
            r"\b(?:a|an|as a|as an|i'm a|im a|am a|is a|fellow|proud|the)\s+(?:vet|"
            r"veteran)\b(?!\s+(?:tech|clinic|office|"
            r"bill|visit|appointment|officer|detective|reporter|teacher|coach|player|quarterback|"
            r"journalist|firefighter|"
            r"deputy|prosecutor|agent|dispatcher|nurse|of\s+(?!" + SERVED_IN + r")))"
        ),
        "military_status",
        "veteran",
    ),
    (
        rx(
            # "a 20-year veteran of TPD" has served an office; "veteran of the Gulf War" a war
            r"(?<!year\s)(?<!yr\s)(?<!years\s)(?<!yrs\s)"
            r"\bveterans?\b(?=\s+(?:status|benefits|preference|affairs|administration|of\s+"
            + SERVED_IN
            + r"|day|with|"
            r"and their|who|"
            r"group|groups|organization|community|support|center|outreach|court|club|services)|"
            r"\s*[,.;!?)])"
        ),
        "military_status",
        "veteran",
    ),
    (
        rx(r"\bVets\b(?=\s+(?:With|with|w/|for|of|Helping|Group|Club|United))", 0),
        "military_status",
        "veteran",
    ),
    (
        rx(
            r"\b(?:in|from|joined|join|joining|left|quit|with|of|his|her|"
            r"my)\s+(?:the\s+)?Guard\b(?!\s+(?:dog|rail|duty|"
            r"shack|booth|station|house))",
            0,
        ),
        "military_status",
        "guard",
    ),
    (
        rx(
            r"\b(?:Guard|Reserve|Reserves)\s+(?:unit|units|weekend|weekends|drill|duty|deployment|"
            r"armory|armoury)\b",
            0,
        ),
        "military_status",
        "guard",
    ),
    (
        rx(
            r"\b(?:drill\s+weekend|drill\s+weekends|Guard\s+weekend)s?(?:\s+(?:at|in)\s+(?:Camp|"
            r"Fort)\s+[A-Z][a-z]+)?"
        ),
        "military_status",
        "guard",
    ),
    (
        rx(
            r"\b(?:my|his|her|the|our|their|old)\s+(?:old\s+)?(?:unit|platoon|squad|company|"
            r"battalion|brigade|"
            r"regiment|squadron)\b(?=[^.!?\n]{0,60}\b(?:deploy|deployed|deployment|Army|Navy|"
            r"Marines?|Guard|"
            r"military|overseas|Iraq|Afghanistan|combat|veteran|vet|base|Fort|drill)\b)"
        ),
        "military_status",
        "unit",
    ),
    (
        rx(
            r"\b(?:Army|Navy|USMC|Marine|Guard|military|combat|deployed|service|served|veteran|"
            r"vet)\b[^.!?\n]{0,60}?"
            r"\b((?:my|his|her|the|our|their|old)\s+(?:old\s+)?(?:unit|platoon|squad|company|"
            r"battalion|brigade|"
            r"regiment|squadron))\b"
        ),
        "military_status",
        "unit",
    ),
    (
        rx(
            r"\b(?:MP|infantry|engineer|artillery|medical|transportation|signal|maintenance|"
            r"military police|"
            r"aviation|cavalry)\s+(?:company|battalion|brigade|unit|platoon|regiment|squadron|"
            r"detachment)\b"
        ),
        "military_status",
        "unit",
    ),
    (
        rx(
            r"\b\d+(?:st|nd|rd|th)\s+(?:[A-Z][A-Za-z]+\s+){0,2}(?:BSB|BCT|Brigade|Battalion|"
            r"Regiment|Infantry|"
            r"Airborne|Cavalry|Division|MP|Engineer|Fighter Wing|Wing|Squadron|Marines|Signal|"
            r"Support|Artillery|"
            r"Armored|Mountain|Ranger|Special Forces|Group|Aviation)\b(?:\s+[A-Z][A-Za-z]+){0,2}",
            0,
        ),
        "military_status",
        "unit-number",
    ),
    (
        rx(
            r"\b(?:[A-Z][a-z]+\s+)?(?:AFB|Air Force Base|Air Base|Naval Air Station|Naval Station|"
            r"Marine Corps Base|"
            r"Army Airfield|Joint Base [A-Z][a-z-]+)\b"
            # the other designators DoD installation names end in: "Rickenbacker ANGB",
            # "Pope AAF", "Vandenberg SFB" (never alone: "ARS" and "AHP" are other things too)
            r"|\b[A-Z][a-z]+\s+(?:ANGB|ANGS|ARB|ARS|AAF|AHP|AFS|SFB|JRB)\b",
            0,
        ),
        "military_status",
        "base",
    ),
    (
        rx(
            r"\b(?:active[- ]duty|retired|former|ex-)\s+(?:Army|Navy|Marine|Air Force|USMC|Coast "
            r"Guard|military)\s*"
            r"(?:MP|officer|sergeant|medic|pilot|ranger|infantryman|corpsman)?\b"
        ),
        "military_status",
        "service",
    ),
    (
        rx(
            r"\b(?:retired|former|ex-)\s+(?:E-?\d|O-?\d|W-?\d|Sgt\.?|Sergeant|Staff Sergeant|"
            r"Master Sergeant|"
            r"First Sergeant|Chief|Gunny|Lt\.?|Lieutenant|Captain|Major|Colonel)\b"
        ),
        "military_status",
        "rank-retired",
    ),
    (
        rx(
            r"\b(?:served|serving|enlisted|stationed|was stationed)\s+(?:in|with|"
            r"at)\s+(?:the\s+)?(?:Army|Navy|Marines|"
            r"Marine Corps|Air Force|Coast Guard|National Guard|Guard|military|Reserves?|"
            # (a language is how food is served, not where: "served in English")
            r"(?![A-Z][a-z]+(?:ish|ese)\b)[A-Z][a-z]+)\b"
        ),
        "military_status",
        "served",
    ),
    (
        rx(r"\b(?:served|serving)\s+(?:\d+|two|three|four|six|eight|ten|twenty)\s+years?\b"),
        "military_status",
        "served",
    ),
    (
        rx(
            r"\b(?:shipped|ships|shipping|headed|heading|leaving|left|off)\s+(?:out\s+)?(?:to|"
            r"for)\s+(?:basic training|boot camp|"
            r"basic|MEPS|AIT)\b(?:\s+(?:at|in)\s+(?:Fort|Camp)\s+[A-Z][a-z]+)?"
        ),
        "military_status",
        "basic",
    ),
    (
        rx(
            r"\bbasic\s+(?:training\s+)?(?:at|in)\s+(?:Fort|Camp|Lackland|Parris|Great "
            r"Lakes)(?:\s+[A-Z][a-z]+)?\b"
        ),
        "military_status",
        "basic",
    ),
    (
        rx(
            r"\b(?:got\s+|was\s+|been\s+)?(?:chaptered|discharged)\s+out\b|"
            r"\b(?:got\s+|was\s+|been\s+)?(?:separated|kicked|discharged)\s+(?:out\s+)?(?:of|from)\s+"
            r"the\s+(?:Army|Navy|Marines|Marine Corps|Air Force|Coast Guard|Guard|military|"
            r"service)\b|"
            r"\bgot\s+chaptered\b|\b(?:honorably|dishonorably|"
            r"medically)\s+discharged\b"
        ),
        "military_status",
        "discharge",
    ),
    (
        rx(
            r"\b(?:SPC|PFC|PV2|Pvt\.?|Cpl\.?|Sgt\.?|SSG|SFC|MSG|1SG|SGM|CSM|LCpl|Lance Cpl\.?|"
            r"Spc\.?|A1C|SrA|SSgt|"
            r"TSgt|MSgt|SMSgt|CMSgt|PO[1-3]|CPO|Airman|Private|Lance Corporal|Corporal|Staff "
            r"Sergeant|Sergeant|"
            r"Lieutenant|Captain|Major|Colonel|General|Specialist|Petty Officer|Ensign|"
            r"Seaman)\b(?=[^.!?\n]{0,80}"
            r"\b(?:U\.?S\.? Army|Army|Navy|USMC|Marines?|Air Force|Coast Guard|National Guard|"
            r"Guard|deployed|"
            r"military|Fort|Camp|AFB|fallen|soldier|veteran|infantry|platoon|battalion)\b)",
            0,
        ),
        "military_status",
        "rank-of-service",
    ),
    (
        rx(
            r"\b(?:Army|Navy|USMC|Marines?|Air Force|Guard|soldier|"
            r"military)\b[^.!?\n]{0,40}?\b(SPC|PFC|Cpl\.?|"
            r"Sgt\.?|SSG|SFC|Staff Sergeant|Sergeant|Lieutenant|Captain|Major|Colonel|Corporal|"
            r"Airman First Class|"
            r"Specialist)\b",
            0,
        ),
        "military_status",
        "rank-of-service",
    ),
    (
        rx(
            r"\b(?:Army|Navy|Marine|Air Force|Coast Guard|Guard|USMC|"
            r"military)\s+(?:staff\s+sergeant|sergeant|"
            r"corporal|captain|major|colonel|lieutenant|specialist|private|medic|MP|officer|pilot|"
            r"mechanic|nurse|"
            r"doctor|chaplain|recruiter|ranger|reservist|brat|wife|husband|spouse|family|kid|mom|"
            r"dad)\b"
        ),
        "military_status",
        "service-role",
    ),
    (
        rx(r"\b(?:Junior|Senior)\s+Vice\s+Commander\b|\bPost\s+Commander\b|\bQuartermaster\b", 0),
        "military_status",
        "veterans-org-role",
    ),
    (
        rx(
            r"\b(?:VFW|American Legion|AMVETS|DAV)\s+Post\s+\d+\b|"
            r"\bPost\s+\d+\b(?=[^.!?\n]{0,40}\b(?:VFW|Legion))",
            0,
        ),
        "military_status",
        "veterans-post",
    ),
    (rx(r"\b(?:post's|post’s|VFW|Legion)\s+Auxiliary\b"), "military_status", "veterans-post"),
    (
        rx(r"\bUncle Sam\s+(?:taught|trained|made|sent|paid)\s+(?:me|him|her)\b(?:\s+well)?", 0),
        "military_status",
        "service-idiom",
    ),
    (
        rx(
            r"\b(?:deploying|deploys|deploy|deployed|shipping out|ships out)\s+(?:to|overseas)\s+"
            r"(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?"
        ),
        "military_status",
        "deployed",
    ),
    (
        rx(
            r"\b(?:unit|platoon|battalion|brigade|squadron|company|ship|regiment)\s+(?:deployed|deploys|"
            r"is deploying|was deployed|got deployed|ships out|shipped out|came home from)\b"
        ),
        "military_status",
        "unit-deployed",
    ),
    # Service stated with its verb: "currently serving in the New Mexico Army National Guard",
    # "got out of the Army", "enlisted in the Navy".
    (
        rx(
            r"\b(?:currently\s+)?(?:serv(?:e|es|ed|ing)|enlist(?:ed|ing|s)?|join(?:ed|ing|s)?|"
            r"got\s+out\s+of|getting\s+out\s+of|retired\s+from|discharged\s+from|drill(?:s|ed|ing)?"
            r"\s+with|deployed\s+with)\s+(?:in\s+|with\s+)?(?:the\s+)?(?:(?-i:[A-Z])[\w.]*\s+){0,3}?"
            r"(?:Army|Navy|Marine\s+Corps|Marines|Air\s+Force|Space\s+Force|Coast\s+Guard|"
            r"(?:Army\s+|Air\s+)?National\s+Guard|Reserves?|Guard)\b"
        ),
        "military_status",
        "service-verb",
    ),
)

# A unit named by its ordinal and kind: "1st Cav", "10th SFG", "82nd Airborne", "the 515th"
# after a deployment or service word. Service years after a branch: "USAF 2009-2015". A branch
# with the job held in it: "Navy radioman", "Army medic".
UNIT_KINDS = (
    r"(?:Cav(?:alry)?|SFG|Special\s+Forces(?:\s+Group)?|ID|Infantry(?:\s+Division)?|Armou?red|"
    r"Airborne|MEU|MEF|Marines|Marine\s+Regiment|MP(?:\s+Company)?|BCT|Brigade|Battalion|Bn|"
    r"Regiment|Division|(?:Fighter|Airlift|Air\s+Refueling|Special\s+Operations)\s+Wing|Wing|"
    r"Squadron|SOS|Engineers?|Signal|Aviation|Ranger\s+Regiment|Rangers|Transportation|"
    r"Maintenance|Sustainment|Field\s+Artillery|FA|Medical|Support|"
    # Air Force wings, groups and squadrons by their abbreviations (AFI 38-101): "388th FW"
    r"(?-i:FW|ABW|AW|ARW|BW|SOW|OG|MXG|MSG|CEG|CES|SFS|LRS|FSS|OSS|AMXS|MXS|MDG|CS|RQS)|"
    r"(?-i:Air\s+Refueling\s+Wing|Air\s+Base\s+Wing|Bomb\s+Wing|Airlift\s+Wing|Missile\s+Wing|"
    r"Space\s+Wing|Group)|"
    # Army brigades and battalions: "75th FA Brigade", "2nd CAB", "101st ABN"
    r"(?-i:FA\s+(?:Brigade|BDE|Bde)|BDE|Bde|CAB|BEB|BSB|ABN|IN|INF|AR|ADA|AVN|SFAB|MP\s+Bn)|"
    # cavalry regiments, brigade combat teams by kind, Marine wings, groups and regiments
    r"(?-i:ACR|IBCT|SBCT|ABCT|MAW|MAG|MLR|MEB|MWSS|CLB))"
)
BRANCH = (
    r"(?:U\.?S\.?\s+)?(?:(?:Army|Navy|Marine\s+Corps|Marine|Air\s+Force|Coast\s+Guard)\s+Reserves?|"
    r"Army|Navy|Marine\s+Corps|Marines|USMC|USAF|Air\s+Force|USN|Coast\s+Guard|"
    r"USCG|Space\s+Force|National\s+Guard|Air\s+Guard|(?-i:USMCR|USNR|USAFR|USCGR|ARNG))"
)
COUNTRY_NAMES = "|".join(sorted(COUNTRIES))
# Ranks (DoD pay grade titles) and service jobs held in a branch: "Navy chief", "the Air Force
# as a master sergeant", "the Navy as a corpsman".
SERVICE_ROLE = (
    r"(?:(?:senior\s+|master\s+|chief\s+|staff\s+|first\s+|lance\s+|gunnery\s+|"
    r"command\s+|tech(?:nical)?\s+)?(?:sergeant|sgt|corporal|cpl|petty\s+officer|chief|"
    r"seaman|private|specialist|spc|airman|warrant\s+officer|lieutenant|captain|major|"
    r"colonel|ensign|commander|admiral|general)(?:\s+(?:major|first\s+class|second\s+class|"
    r"third\s+class))?|radioman|corpsman|medic|mechanic|pilot|crew\s+chief|sailor|"
    r"soldier|recruiter|cook|chaplain|MP|infantryman|rifleman|gunner|linguist|"
    r"intel\s+analyst|loadmaster|machinist|electrician|nurse|vet|veteran)"
)
SERVICE_DETAILS = (
    (rx(r"\b\d{1,3}(?:st|nd|rd|th)\s+" + UNIT_KINDS + r"\b"), "military_status", "unit"),
    (
        rx(
            r"\b(?:deployed|deploying|served|serving|stationed|drilled|drilling|enlisted)\s+"
            r"(?:with|con|in|en)\s+(?:the\s+|el\s+|la\s+)?\d{1,3}(?:st|nd|rd|th)\b"
        ),
        "military_status",
        "unit",
    ),
    (
        rx(
            r"\b"
            + BRANCH
            + r",?\s+(?:19|20)\d{2}\s*(?:[-–—]|to)\s*(?:(?:19|20)\d{2}|present|now)\b"
        ),
        "military_status",
        "service-years",
    ),
    (
        rx(r"\b" + BRANCH + r"(?:\s+(?:as|como)\s+(?:an?|un|una))?\s+" + SERVICE_ROLE + r"s?\b"),
        "military_status",
        "branch-job",
    ),
    # A Marine battalion by regiment ("the 3/7 boys", "USMC · 2/7"): only among Marines, since
    # "3/7" is a date elsewhere.
    (
        rx(
            r"(?:\b(?:USMC|Marines?)\s*[·,|/–-]\s*|\bthe\s+)([1-9]/\d{1,2})\b(?!/)"
            r"(?=\s*(?:[·,|)]|\s+(?:boys|guys|fam|family|reunion|Marines)\b|$))"
        ),
        "military_status",
        "unit",
    ),
    # A rank held in a branch: "a Captain in the Air Force Reserve", "sergeant with the Guard"
    (
        rx(
            r"\b"
            + SERVICE_ROLE
            + r"\s+(?:in|with)\s+the\s+(?:"
            + BRANCH
            + r"(?:\s+(?:Reserves?|National\s+Guard))?|Reserves?|Guard)"
        ),
        "military_status",
        "branch-job",
    ),
    # "2nd deployment", "third deployment": counted deployments are one's own service
    (
        rx(
            r"\b(?:\d(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth)\s+"
            r"(?:deployment|deployments|rotation\s+to\s+[A-Z]\w+)\b"
        ),
        "military_status",
        "own-deployment",
    ),
    # a medical evaluation board ends a service: "got med-boarded", "medically boarded out"
    (
        rx(r"\b(?:med(?:ically)?[- ]?boarded|med\s+board(?:ed)?|MEB(?:/PEB)?|PEB)\b"),
        "military_status",
        "separation",
    ),
    # A state's National Guard by its postal code: "AZ Guard", "NM ANG".
    (
        rx(
            r"\b(?:"
            + STATE_CODES
            + "|"
            + TERRITORY_CODES
            + "|"
            + US_STATES
            + r")\s+(?:(?:Army|Air)\s+)?(?:National\s+)?"
            r"(?:Guard|ARNG|ANG)\b"
            # ... or written as one word, as the Guard writes it: "NMNG", "TXARNG", "AZANG"
            r"|\b(?:" + STATE_CODES + "|" + TERRITORY_CODES + r")(?:AR|A)?NG\b",
            0,
        ),
        "military_status",
        "state-guard",
    ),
    # A service academy with its class year: "USAFA '15", "USMA 2009".
    (
        rx(r"\b(?:USAFA|USMA|USNA|USCGA|USMMA)\s*(?:['’]\d{2}|(?:19|20)\d{2})\b", 0),
        "military_status",
        "academy-class",
    ),
    # A battalion of a regiment (Army): "2-18 FA", "1-77 AR", "3/7 Cav"
    (
        rx(
            r"\b\d[-/]\d{1,3}(?:th|st|nd|rd)?\s+(?:FA|IN|INF|AR|CAV|Cav|ADA|AVN|AV|SFG|BEB|BSB|ARS|PIR|"
            r"CAB|Marines|"
            r"Infantry|Cavalry|Armor|Field\s+Artillery|Aviation)\b",
            0,
        ),
        "military_status",
        "unit",
    ),
    # Keeping a military aircraft or vehicle: "crew chief on A-10s", "wrenches on Super Hornets"
    (
        rx(
            r"\b(?:crew\s+chief|maintainer|avionics\s+tech|weapons\s+loader|loadmaster|"
            r"boom\s+operator|(?:turn(?:ed|ing)?\s+)?wrenches)\s+(?:on|for)\s+(?:the\s+)?"
            r"(?:(?-i:[A-Z]{1,2})-\d{1,3}(?-i:[A-Z])?|Super\s+Hornets?|Hornets?|Black\s*Hawks?|"
            r"Apaches?|Chinooks?|Strykers?|Abrams|Bradleys?|Humvees?|Warthogs?|Raptors?|Vipers?|"
            r"Strike\s+Eagles?|Ospreys?|Herks?|Hercules|tanks|helos|jets)s?\b"
        ),
        "military_status",
        "airframe-work",
    ),
    # "home from Kuwait with the 45th", "leaves for Poland with the 75th"
    (
        rx(
            r"\b(?:home|back|returned|returning|leaves|leaving|left|headed|shipping\s+out)\s+"
            r"(?:from|for|to)\s+(?:" + COUNTRY_NAMES + r")\s+with\s+the\s+"
            r"\d{1,3}(?:st|nd|rd|th)\b"
        ),
        "military_status",
        "unit",
    ),
    # Navy ratings with their class ("ET2", "HM3"), per NAVPERS 18068F; an operation with its
    # rotation ("OIF 07-08"); a job on an airframe ("C-5 loadmaster")
    (
        rx(
            r"\b(?:ET|IT|HM|BM|MM|EM|GM|FC|OS|QM|YN|PS|LS|CS|MA|AT|AD|AE|AM|AO|AW|ABH|ABE|ABF|AC|"
            r"PR|IS|CTI|CTR|CTN|CTT|EN|HT|DC|MR|STG|STS|UT|BU|CE|CM|EA|EO|SW|GSM|GSE|LN|MC|MN|MT|"
            r"NC|RP)[1-3]\b"
            r"|\b(?:OIF|OEF|OIR|OND)\s*(?:I{1,3}|IV|V|VI|\d{1,2}(?:-\d{1,2})?)\b"
            r"|\b\dx\s+(?:OIF|OEF|OIR|OND)\b"
            r"|\b(?:[A-Z]{1,2}-\d{1,3}[A-Z]?)\s+(?:loadmaster|crew\s+chief|pilot|mechanic|maintainer|"
            r"navigator|boom\s+operator|gunner)\b",
            0,
        ),
        "military_status",
        "rating",
    ),
    # a ship served on: "served aboard the USS Providence"
    (
        rx(
            r"\b(?:served|deployed|stationed|assigned)\s+(?:aboard|on)\s+(?:the\s+)?"
            r"(?:USS|USCGC)\s+(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+)?"
        ),
        "military_status",
        "ship",
    ),
    # "a Kuwait deployment", "2 Iraq rotations": a country's name on a tour of duty.
    (
        rx(r"\b(?:" + COUNTRY_NAMES + r")\s+(?:deployments?|rotations?)\b"),
        "military_status",
        "theatre-tour",
    ),
    # "two deployments with the 82nd", "left the 101st": a bare ordinal standing as a unit's name.
    (
        rx(
            r"\b(?:deployments?|rotations?|tours?|left|joined|assigned\s+to|attached\s+to|"
            r"transferred\s+to|reenlisted\s+with|deploys|deploying|drill\s+weekend)\s+(?:with\s+|w/\s*|in\s+)?"
            r"the\s+(?:\d-)?\d{1,3}(?:st|nd|rd|th)\b(?=\s*(?:[,.;:!?)\"”]|$|\s+(?:and|in|at|for|as|"
            r"from|back|until|when|y|en)\b))"
        ),
        "military_status",
        "unit",
    ),
)

# A discharge characterisation by its initials, received (DD Form 214): "got my OTH", "got out
# OTH", "OTH'd out of the Corps", "with a BCD".
DISCHARGE_INITIALS = r"(?-i:OTH|BCD)"
SEPARATION: tuple[tuple[re.Pattern, str, str], ...] = (
    (
        rx(
            r"\b(?:(?:got|get|gets|getting|received|given|with)\s+(?:an?\s+|my\s+|his\s+|her\s+)?"
            r"|got\s+out\s+)" + DISCHARGE_INITIALS + r"\b(?!['’]d)"
            r"|\b(?-i:OTH)(?:'d|’d|ed)\b(?:\s+out(?:\s+of\s+the\s+"
            + BRANCH
            + r"|\s+of\s+the\s+Corps)?)?"
        ),
        "military_status",
        "discharge",
    ),
    # A drill weekend said as "drill": "back from drill", "called off citing drill", "drill this
    # weekend" (not "fire drill", "a drill bit", "to drill", "drill team"); a Reserve UTA.
    (
        rx(
            r"\b(?:at|from|missed|missing|skip|skipped|citing|after|before)\s+drill\b(?!\s+(?:bits?|"
            r"press|holes?|teams?|practice|sergeants?|instructors?|hall|rigs?|pipe|sites?|floor|"
            r"string|down|down|and\s+blow))"
            r"|\bdrill\s+(?:this|next|that|last)\s+(?:weekend|wknd|month)\b"
            r"|\b(?-i:UTA)\s+(?:weekend|wknd)s?\b"
        ),
        "military_status",
        "drill",
    ),
    # "ex-Guard", "a Guard girl", "Guard life": the Guard by its capitalised name, said of people.
    (
        rx(
            r"\bex-(?-i:Guard)\b|(?<!Coast\s)(?<!National\s)\b(?-i:Guard)\s+(?:girl|guy|wife|"
            r"husband|spouse|family|fam|unit|drill|weekend|deployment|bonus|"
            r"contract)s?\b"
        ),
        "military_status",
        "guard",
    ),
)

# A unit named by a bare ordinal above any day of a month ("the 167th", "w/ the 115th"),
# where the sentence speaks of service; "the 4th" is a date, "the 167th precinct" a precinct.
UNIT_ORDINAL = re.compile(
    r"(?:\bthe\s+|\b(?:Guard|ANG|ARNG|Reserves?)\s*[,/·|–-]\s*)"
    r"((?:3[2-9]|[4-9]\d|\d{3})(?:st|nd|rd|th))\b(?=\s*(?:[.,!?;:)\"”]|$|\s(?:is|was|are|"
    r"were|in|at|for|and|to|from|fam|family|boys|guys|crew|life|until|till|when|since|again|"
    r"hoodie|shirt|patch|reunion|tmrw|tomorrow|today|tonight|this|next)\b))",
    re.IGNORECASE,
)
SERVICE_NEAR = rx(
    r"\b(?:drill|deploy\w*|UTA|Guard|ANG|ARNG|wing|squadron|brigade|battalion|unit|orders|"
    r"PCS\w*|TDY|annual\s+training|mobiliz\w+|activated|airmen|soldiers|reserves?|"
    r"(?-i:[A-Z]{1,2}-\d{1,3}[A-Z]?)s?|flight\s*line|hangar)\b"
)


def _unit_ordinals(text: str) -> Iterator[Cand]:
    for m in UNIT_ORDINAL.finditer(text):
        begin = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()), 0)
        stop = [i for i in (text.find(". ", m.end()), text.find("\n", m.end())) if i >= 0]
        if SERVICE_NEAR.search(text, begin, min(stop) if stop else len(text)):
            yield m.start(1), m.end(1), "military_status", "rule:military_status:unit-ordinal"


# A deployment or the end of a term of service that belongs to someone: "my Kandahar
# deployment", "his ETS date", "she deploys in May" (not "we deploy the app").
OWN_SERVICE: tuple[tuple[re.Pattern, str, str], ...] = (
    (
        rx(
            r"\b(?:my|his|her|our|their|your|ur)\s+(?:(?:first|second|third|last|next|"
            r"[A-Z][\w-]+|\d\w*)\s+)?(?:deployments?|ETS(?:\s+(?:date|day))?)\b"
        ),
        "military_status",
        "own-deployment",
    ),
    (rx(r"\bETS(?:'d|’d|ed|ing)\b", 0), "military_status", "ets"),
    # Service regulations cited by number: "AFI 36-2903", "AR 670-1", "MCO 1020.34".
    (
        rx(r"\b(?:AFI|AFMAN|AR|DA\s+PAM|MCO|OPNAVINST)\s+\d{1,4}[-.]\d{1,4}\b", 0),
        "military_status",
        "regulation",
    ),
    (
        rx(
            r"\b(?:graduated|finished|completed|survived|shipped\s+(?:off\s+)?(?:to|for))\s+"
            r"(?:from\s+)?basic\b"
        ),
        "military_status",
        "basic-training",
    ),
    (
        rx(
            r"\b(?:i|he|she|we|they|hubby|husband|wife|son|daughter|brother|sister)\s+"
            r"(?:(?:is|am|are|was|were|got|gets|'s|’s|'m|’m|'re|’re)\s+)?(?:deploy|deploys|"
            r"deployed|deploying)\b(?!\s+(?:the|a|an|our|my|new|it|this|that|code|software|app|"
            r"updates?|fixes?|patches?|airbags?|to\s+prod))"
        ),
        "military_status",
        "deploys",
    ),
)

RECOGNIZERS = (
    PatternRecognizer("military_status", RULES),
    PatternRecognizer("separation", SEPARATION),
    FunctionRecognizer("unit-ordinals", _unit_ordinals),
    PatternRecognizer("own-service", OWN_SERVICE),
    PatternRecognizer("service-details", SERVICE_DETAILS),
)
