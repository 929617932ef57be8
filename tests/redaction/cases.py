"""Hand-written test cases: (text, words that must be redacted, category).

Written for the tests, independently of any evaluation corpus.
"""

PROTECTED = [
    # race_color
    (
        "Her TikTok bio says she is a proud Afro-Latina from Las Cruces.",
        "Afro-Latina",
        "race_color",
    ),
    (
        "He wrote that his coworker, who is Asian, should not get the promotion.",
        "Asian",
        "race_color",
    ),
    ("Posted a photo with his Apache grandmother at the feast.", "Apache", "race_color"),
    ("The victim was a Black woman walking home from work.", "Black", "race_color"),
    ("Comment: 'never trust a white guy in a suit' with laughing emojis.", "white", "race_color"),
    (
        "She is an enrolled member of the Cherokee Nation and posts about it often.",
        "Cherokee Nation",
        "race_color",
    ),
    ("Selfie with new cornrows, caption 'summer ready'.", "cornrows", "race_color"),
    ("He describes himself as biracial in his dating profile.", "biracial", "race_color"),
    ("Photo of the family at Acoma Pueblo for the harvest dance.", "Acoma Pueblo", "race_color"),
    # national_origin
    (
        "Her LinkedIn says she was born in Guadalajara and moved to Deming at nine.",
        "born in Guadalajara",
        "national_origin",
    ),
    (
        "He is a naturalized citizen and posted his oath ceremony photos.",
        "naturalized citizen",
        "national_origin",
    ),
    (
        "Reply: 'Somalis are ruining this city' posted from his account.",
        "Somalis",
        "national_origin",
    ),
    (
        "She posted about her green card finally arriving after six years.",
        "green card",
        "national_origin",
    ),
    (
        "His grandparents came over from Sicily in the fifties.",
        "came over from Sicily",
        "national_origin",
    ),
    ("Profile: proud Guatemalan-American, Lobos fan.", "Guatemalan", "national_origin"),
    (
        "He said the cashier had a thick accent and he couldn't understand her.",
        "thick accent",
        "national_origin",
    ),
    ("Her mom speaks Vietnamese at home, she says in the video.", "Vietnamese", "national_origin"),
    (
        "A DACA recipient, she writes about her renewal every two years.",
        "DACA recipient",
        "national_origin",
    ),
    # religion
    (
        "He volunteers every Sunday at Grace Community Church in Rio Rancho.",
        "Grace Community Church",
        "religion",
    ),
    (
        "Photo from her bat mitzvah in 2008, reposted for throwback Thursday.",
        "bat mitzvah",
        "religion",
    ),
    ("She wears a hijab in her profile picture.", "hijab", "religion"),
    ("Comment: 'Hindus should go pray somewhere else'.", "Hindus", "religion"),
    ("He is an atheist and argues about it on Reddit.", "atheist", "religion"),
    ("Post: 'breaking my Yom Kippur fast with green chile stew'.", "Yom Kippur", "religion"),
    (
        "The candidate is a Seventh-day Adventist and won't work Saturdays.",
        "Seventh-day Adventist",
        "religion",
    ),
    ("Caption: 'Diwali lights are up at our house!'", "Diwali", "religion"),
    ("He thanked Pastor Ruiz for the baptism at the river.", "Pastor", "religion"),
    # sex
    (
        "As the only woman on the SWAT team, she said she had to prove herself.",
        "the only woman",
        "sex",
    ),
    ("Sex: M on the court summary, age listed separately.", "M", "sex"),
    ("He said female officers should stay on desk duty.", "female", "sex"),
    ("Women shouldn't be allowed to carry a badge, he replied.", "Women", "sex"),
    # sexual_orientation
    ("Her bio reads 'bisexual and proud, coffee snob'.", "bisexual", "sexual_orientation"),
    ("He posted photos from the Pride parade in Santa Fe.", "Pride parade", "sexual_orientation"),
    ("She mentioned her wife picked her up after the shift.", "her wife", "sexual_orientation"),
    ("He came out as gay to his family in 2019.", "came out as gay", "sexual_orientation"),
    ("Comment: 'dykes don't belong in a locker room'.", "dykes", "sexual_orientation"),
    ("His husband runs the bakery on Fourth Street.", "His husband", "sexual_orientation"),
    # gender_identity
    ("Bio: 'he/him, trans guy, Albuquerque'.", "he/him", "gender_identity"),
    (
        "She started hormone therapy last spring and posted an update.",
        "hormone therapy",
        "gender_identity",
    ),
    ("They describe themselves as non-binary in every profile.", "non-binary", "gender_identity"),
    ("He posted a video about his top surgery recovery.", "top surgery", "gender_identity"),
    ("Comment mocking a transgender cashier at a gas station.", "transgender", "gender_identity"),
    # age
    ("The suspect, a 52-year-old man from Moriarty, was not the candidate.", "52-year-old", "age"),
    ("He was born in 1988 according to the post.", "born in 1988", "age"),
    ("Caption: 'forty and fabulous, thanks for the birthday wishes'.", "forty and fabulous", "age"),
    ("She is a Gen Z recruiter who posts about remote work.", "Gen Z", "age"),
    ("He wrote that all boomers should retire already.", "boomers", "age"),
    ("The reunion post was for the class of '98 at Valley High.", "class of '98", "age"),
    ("DOB: 03/14/1990, listed on the citation.", "03/14/1990", "age"),
    ("He celebrated his 60th birthday at the lake.", "60th birthday", "age"),
    # disability
    ("She takes Adderall for her ADHD and posts about focus tips.", "ADHD", "disability"),
    ("He has been in a wheelchair since the crash.", "wheelchair", "disability"),
    ("Post: '5 years sober today, grateful for every day'.", "5 years sober", "disability"),
    ("She was diagnosed with epilepsy as a teenager.", "epilepsy", "disability"),
    ("He takes Prozac and talks about his depression openly.", "Prozac", "disability"),
    ("Her son is autistic and she writes about his school.", "autistic", "disability"),
    ("He uses hearing aids in both ears.", "hearing aids", "disability"),
    ("His VA rating went up to 80% last year.", "80%", "disability"),
    # pregnancy
    ("She announced she is 20 weeks pregnant with their first.", "20 weeks pregnant", "pregnancy"),
    ("Photo of the nursery, caption 'due in July!'", "due in July", "pregnancy"),
    ("She went on maternity leave in March.", "maternity leave", "pregnancy"),
    ("Post about their second round of IVF and the cost.", "IVF", "pregnancy"),
    ("She wrote about her miscarriage last fall.", "miscarriage", "pregnancy"),
    ("Photo of a baby bump at the beach.", "baby bump", "pregnancy"),
    # genetic_information
    ("Her genetic test showed she carries the BRCA2 mutation.", "BRCA2", "genetic_information"),
    (
        "He said early heart disease runs in his family.",
        "runs in his family",
        "genetic_information",
    ),
    (
        "She shared her 23andMe health report on Facebook.",
        "23andMe health report",
        "genetic_information",
    ),
    ("His mother was diagnosed with Huntington's at 45.", "Huntington's", "genetic_information"),
    # marital_status
    ("He is divorced and lives alone in Belen.", "divorced", "marital_status"),
    ("Caption: 'date night with my wife at the Range Cafe'.", "my wife", "marital_status"),
    ("She is a single mom of three and works nights.", "single mom", "marital_status"),
    ("He posted his engagement photos from White Sands.", "engagement", "marital_status"),
    ("Her husband is a deputy at the county.", "Her husband", "marital_status"),
    ("He has no kids and says he likes it that way.", "no kids", "marital_status"),
    # military_status
    ("He is a Marine veteran who served in Fallujah.", "Marine veteran", "military_status"),
    (
        "She drills one weekend a month with the Air National Guard.",
        "Air National Guard",
        "military_status",
    ),
    ("He was honorably discharged in 2015.", "honorably discharged", "military_status"),
    ("Photo of his DD-214 and a flag.", "DD-214", "military_status"),
    ("She did three tours in Iraq with the Army.", "three tours in Iraq", "military_status"),
    ("He gets his care at the VA clinic in Gallup.", "VA clinic", "military_status"),
    ("His profile says he was stationed at Fort Hood.", "Fort Hood", "military_status"),
    # political_affiliation
    (
        "He is a registered Republican and posts about county politics.",
        "registered Republican",
        "political_affiliation",
    ),
    ("Her truck has a Biden 2020 bumper sticker.", "Biden 2020", "political_affiliation"),
    ("Bio: 'proud MAGA patriot'.", "MAGA", "political_affiliation"),
    ("He volunteered for the Vigil campaign last fall.", "Vigil campaign", "political_affiliation"),
    ("She calls herself a democratic socialist.", "democratic socialist", "political_affiliation"),
    (
        "Post: 'Martinez for Sheriff, vote in November!'",
        "Martinez for Sheriff",
        "political_affiliation",
    ),
]

DECOYS = [
    ("He drives a black Tacoma with a lift kit.", "black Tacoma"),
    ("They went white-water rafting on the Rio Grande.", "white-water rafting"),
    ("Lunch was a Turkey club and French fries.", "French fries"),
    ("She lives on Indian School Road near the park.", "Indian School Road"),
    ("He is a senior dispatcher at the county.", "senior dispatcher"),
    ("Major Lopez of the sheriff's office signed the memo.", "Major Lopez"),
    ("He checked his blind spot before merging.", "blind spot"),
    ("Watched the Saints game at a bar with friends.", "Saints game"),
    ("A New Mexico resident since birth, she loves green chile.", "New Mexico"),
    ("Her German shepherd won the county dog show.", "German shepherd"),
    ("He got a straight answer from the clerk for once.", "straight answer"),
    ("He took the dog to the vet on Monday.", "vet"),
    ("The airbags deployed in the crash on I-25.", "airbags deployed"),
    ("He lives in a single-wide off Highway 14.", "single-wide"),
    ("She was the Senior Patrol Leader of her troop.", "Senior Patrol Leader"),
    ("He bought a TV on Black Friday.", "Black Friday"),
    ("They hiked Navajo Lake trail on Sunday.", "Navajo Lake"),
    ("She played Call of Duty all weekend.", "Call of Duty"),
    ("He has a bachelor's degree in accounting.", "bachelor's degree"),
    ("He turned a deaf ear to the complaints.", "deaf ear"),
    ("They held a block party on Elm Street.", "block party"),
    ("Her dog mom shirt is a fan favourite.", "dog mom"),
    ("He fixed his Jeep Cherokee in the driveway.", "Jeep Cherokee"),
    ("They cooked in a Dutch oven at the campsite.", "Dutch oven"),
    ("He is an independent contractor for a roofing company.", "independent contractor"),
    ("She works security as a crossing guard near the school.", "crossing guard"),
    ("The report came out last week.", "came out"),
    ("He bought a queen-size mattress.", "queen-size"),
]
