"""Lexicons and precompiled regular expressions used by the quote rules.

Everything language-specific lives here as data, so that the rules in
``marks.py`` and ``attribution.py`` stay generic. The lexicons are general
English newswire vocabulary, not names taken from any corpus.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# ---------------------------------------------------------------------------
# Quotation marks
# ---------------------------------------------------------------------------
DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
STRAIGHT_DOUBLE = '"'
SINGLE_OPEN = "‘"
SINGLE_CLOSE = "’"  # also the typographic apostrophe
STRAIGHT_SINGLE = "'"
DOUBLE_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + STRAIGHT_DOUBLE
SINGLE_MARKS = SINGLE_OPEN + SINGLE_CLOSE + STRAIGHT_SINGLE
ALL_MARKS = DOUBLE_MARKS + SINGLE_MARKS

#: every quotation mark, in one pass over the text
QUOTE_MARK = re.compile(
    "[" + re.escape(ALL_MARKS) + "]"
    # a single mark between two letters (Putin's, don’t) is an apostrophe: skipped in the regex itself
    + r"(?:(?<![^\W\d_]['’])|(?![^\W\d_])|(?<=[" + re.escape(DOUBLE_MARKS + SINGLE_OPEN) + "]))"
)
#: characters after which a straight mark opens a quotation
OPENS_AFTER = set(" \t\n\xa0([{—–-/:;,“‘") | {""}
#: characters before which a straight mark closes a quotation
CLOSES_BEFORE = set(" \t\n\xa0.,;:!?)]}—–-/…”’*") | {""}

# ---------------------------------------------------------------------------
# Reporting verbs (cues). Stems are expanded to their inflections below.
# ---------------------------------------------------------------------------
#: (base, third person, past, gerund)
_IRREGULAR = [
    ("say", "says", "said", "saying"),
    ("tell", "tells", "told", "telling"),
    ("write", "writes", "wrote", "writing"),
    ("read", "reads", "read", "reading"),
    ("put", "puts", "put", "putting"),
    ("shoot back", "shoots back", "shot back", "shooting back"),
    ("sing", "sings", "sang", "singing"),
    ("begin", "begins", "began", "began"),  # ("beginning Wednesday night" is no cue)
    ("cut in", "cuts in", "cut in", "cutting in"),
    ("fire back", "fires back", "fired back", "firing back"),
    ("interrupt", "interrupts", "interrupted", "interrupted"),
    ("press", "presses", "pressed", "pressed"),  # ("pressing" is an adjective far more often: "a pressing need")
    ("commented", "commented", "commented", "commenting"),  # ("comment", "comments": the nouns far more often)
]
_REGULAR = """
add ask answer argue insist warn tweet retweet claim note explain reply respond state
declare describe continue conclude suggest admit acknowledge announce promise pledge
assure accuse recall predict vow urge joke quip remark observe complain charge contend
maintain chant shout yell scream proclaim boast concede confirm deny emphasize emphasise
stress testify lament criticize praise thank label dub brand tout mock blast slam counter
retort reiterate demand question wonder muse speculate allege assert agree offer post
email text message cry sing sigh gush marvel rail fume snap scoff grumble whisper mutter
exclaim interject caution advise report instruct plead beg implore repeat recount
reflect opine surmise posit theorize reason estimate calculate predict forecast guarantee
swear threaten brag hail applaud decry denounce condemn dismiss ridicule lambaste
highlight point mention inform reassure remind preach lecture announce clarify correct
concur disagree object protest insist call refer term characterize summarize sum
remember rip reveal exhort riff gripe taunt scold chide rebut affirm aver elaborate intone
rant gloat tease
disclose divulge bemoan rue hint enthuse thunder bellow underscore underline confide berate submit react laugh
""".split()
_PARTICLE = {"point": "out", "sum": "up", "refer": "to"}
#: cue base forms that are also nouns for words spoken ("his repeated claim", "Trump’s pledge")
SPEECH_NOUNS = frozenset("""
claim call answer pledge promise vow remark quip joke boast demand charge retort tweet reply chant
shout cry whisper plea
""".split())


def _inflect(base: str) -> tuple[str, str, str, str]:
    if base.endswith("e") and not base.endswith("ee"):
        return base, base + "s", base + "d", base[:-1] + "ing"
    if base.endswith("y") and base[-2] not in "aeiou":
        return base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"
    if base[-1] in "sxz" or base.endswith(("ch", "sh")):
        return base, base + "es", base + "ed", base + "ing"
    if base in {"snap", "quip", "sum", "sob", "rip", "admit", "brag", "slam", "dub", "beg", "jab", "rebut", "aver", "submit"}:
        return base, base + "s", base + base[-1] + "ed", base + base[-1] + "ing"
    if base in {"refer", "concur"}:
        return base, base + "s", base + "red", base + "ring"
    return base, base + "s", base + "ed", base + "ing"


def _cue_forms() -> list[str]:
    forms: set[str] = set()
    for row in _IRREGULAR:
        forms.update(row)
    for base in _REGULAR:
        inflected = _inflect(base)
        particle = _PARTICLE.get(base)
        forms.update(f"{f} {particle}" if particle else f for f in inflected)
    forms.discard("put")  # "put it" is handled as a phrase
    # forms that are far more often nouns than reporting verbs ("the DNC email leaks", "a text")
    forms.difference_update({"email", "emails", "text", "texts", "message", "messages", "post", "posts"})
    forms.discard("puts")
    return sorted(forms, key=len, reverse=True)


#: the base forms of the cue verbs, whose past is not the same word ("warn", "label", "tweet"; not "read", "put")
CUE_BASE_FORMS = frozenset(_REGULAR) | {row[0] for row in _IRREGULAR if row[0] != row[2]}
CUE_FORMS: list[str] = _cue_forms() + ["put it", "puts it", "went on", "goes on", "according to", "in the words of"]


def opening_words(words: str, not_after: str = r"\w") -> str:
    """``(?<!X)(?:w1|w2|…)`` for the blank-separated plain ``words`` (X is ``not_after``; with the default, ``\\b``
    before words that open with a letter), written to open with the words' first letters: a search skips to
    those, where a pattern opening with ``\\b`` or a look-behind is tried at every offset. Each first letter is
    followed by the look-behind over it and the character before it; words with the same first letter keep their
    order (words with different ones never match at the same offset)."""
    rests: dict[str, list[str]] = {}
    for w in words.split():
        rests.setdefault(w[0], []).append(re.escape(w[1:]))
    return "(?:" + "|".join(f"{re.escape(c)}(?<!{not_after}{re.escape(c)})(?:{'|'.join(r)})" for c, r in rests.items()) + ")"


def _trie_regex(words: list[str]) -> str:
    """One regex for a word list, factored as a trie (much faster than a flat alternation)."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(node[ch]) for ch in sorted(node) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return build(root)


CUE_FORMS_SET = frozenset(CUE_FORMS)
#: every cue form as one trie-factored alternation (a flat 600-way alternation is slow in ``re``)
CUE_ALT = _trie_regex(CUE_FORMS).replace(r"\ ", r"\s+")
#: the kind of body written between "the" and its name: "of the group| Digital Fairness", "at the firm| Peel Hunt"
BODY_KIND_WORDS = frozenset("""group firm company charity agency coalition nonprofit non-profit union campaign organization
organisation institute network alliance association foundation tank consultancy watchdog website newspaper""".split())
BODY_KIND = r"(?:[ \xa0]+(?:think[ \xa0]tank|" + "|".join(sorted(BODY_KIND_WORDS - {"tank"})) + r"))?"
#: cues that only count right next to a quotation (too common as ordinary verbs)
WEAK_CUES = {"call", "calls", "called", "calling", "put", "read", "reads", "reading", "post", "posted",
             "offer", "offers", "offered", "offering", "answer", "continue", "continues", "continued",
             "term", "termed", "terms", "label", "labeled", "labelled", "dub", "dubbed", "brand", "branded",
             "describe", "described", "describes", "describing", "mention", "mentioned",
             "question", "questioned", "text", "texted", "message", "messaged", "sum", "summed up",
             "refer", "referred to", "refers to", "referring to", "characterize", "characterized",
             "submit", "submits", "submitted", "submitting", "went on", "goes on",
             "react", "reacts", "reacted", "reacting", "laugh", "laughs", "laughed", "laughing",
             "begin", "begins", "began", "cut in", "cuts in", "cutting in", "interrupt", "interrupts", "interrupted",
             "press", "presses", "pressed"}

# ---------------------------------------------------------------------------
# Speakers
# ---------------------------------------------------------------------------
#: words that end a role/title before a name ("Russian President Vladimir Putin")
TITLE_WORDS = """
President President-elect Vice Prime Minister Secretary Sen Sen. Senator Rep Rep. Representative
Gov Gov. Governor Mayor Chancellor Chairman Chairwoman Chair Speaker Leader Whip Attorney General
Gen Gen. Lt Lt. Col Col. Maj Maj. Capt Capt. Adm Adm. Sgt Sgt. Commissioner Director Ambassador
Judge Justice Dr Dr. Mr Mr. Mrs Mrs. Ms Ms. Miss Sir Dame Lord Lady Rev Rev. Reverend Pope
Cardinal Bishop Pastor Father Sister Brother Monsignor Rabbi Imam King Queen Prince Princess Sheikh Emir
Spokesman Spokeswoman
Spokesperson Press Correspondent Anchor Host Editor Columnist Professor Prof Prof. Dean
Commander Chief CEO Founder Co-founder Chairperson Deputy Acting Former Councilman Councilwoman
Congressman Congresswoman Assemblyman Assemblywoman Delegate Candidate Nominee Counsel Adviser
Advisor Manager Strategist Pollster Analyst Economist Officer Agent Inspector Superintendent
Trustee Treasurer Auditor Comptroller Sheriff Detective Lieutenant Captain Sergeant Coach
Minority Majority Republican Democratic Democrat Independent Foreign Defense Defence Interior
Justice Finance State Homeland Security Health Education Energy Labor Commerce Transportation
Agriculture Housing Veterans Affairs Treasury Deputy Associate Assistant Senior Chief Executive
Officer Press Communications National Campaign Committee
Premier Councillor Councilor Cllr Cr Alderman Alderwoman Ald Ald. Del Del. MP MEP MSP MLA DCI Det Insp Supt
Alhaji Alhaja Hon Hon. Honourable Honorable Barrister Engr Engr. Rt Rt. Comrade Shri Smt Smt. Mallam Otunba
Apostle Evangelist Prophet Tánaiste Taoiseach TD Oba
Pres Pres. Atty Atty. Supt Supt. Cmdr Cmdr. Brig Brig. Cpl Cpl. Pvt Pvt. Pfc Pfc. Spc Spc. Det.
Administrator Director-General Secretary-General
Member Councilmember Assemblymember Ayatollah
Provost Baroness Viscount Countess
""".split()
TITLE_SET = {w.lower().rstrip(".") for w in TITLE_WORDS}
#: the last word of a role is one of these (the rest may be adjectives: "Russian", "Foreign")
ROLE_HEADS = {w.lower().rstrip(".") for w in """
President President-elect Minister Secretary Sen Senator Rep Representative Gov Governor Mayor
Chancellor Chairman Chairwoman Chair Speaker Leader Whip General Gen Lt Col Maj Capt Adm Sgt
Commissioner Director Ambassador Judge Justice Dr Mr Mrs Ms Miss Sir Dame Lord Lady Rev Reverend
Pope Cardinal Bishop Pastor Rabbi Imam King Queen Prince Princess Sheikh Emir Spokesman Spokeswoman
Spokesperson Secretary Correspondent Anchor Host Editor Columnist Professor Prof Dean Commander
Chief CEO Founder Co-founder Chairperson Councilman Councilwoman Congressman Congresswoman
Assemblyman Assemblywoman Delegate Candidate Nominee Counsel Adviser Advisor Manager Strategist
Pollster Analyst Economist Officer Agent Inspector Superintendent Trustee Treasurer Auditor
Comptroller Sheriff Detective Lieutenant Captain Sergeant Coach Attorney
Actor Actress Comedian Reporter Journalist Archbishop Rival Billionaire Donor Author Activist
Executive Prosecutor Magistrate Constable Trooper Colonel Corporal Marshal Warden Premier
Quarterback Striker Goalkeeper Midfielder Defender Pitcher Linebacker Skipper Coroner Aide Staffer
Councillor Councilor Cllr Cr Alderman Alderwoman Ald Del MP MEP MSP MLA DCI Det Insp Supt
Alhaji Alhaja Hon Hon. Honourable Honorable Barrister Engr Engr. Rt Rt. Comrade Shri Smt Smt. Mallam Otunba
Apostle Evangelist Prophet Tánaiste Taoiseach TD Oba
Pres Pres. Atty Atty. Supt Supt. Cmdr Cmdr. Brig Brig. Cpl Cpl. Pvt Pvt. Pfc Pfc. Spc Spc. Det.
Administrator Director-General Secretary-General
Member Councilmember Assemblymember Ayatollah
Brigadier Advocate Adv Adv. CP DCP ACP CSP SP DSP ASP
Provost Baroness Viscount Countess
""".split()}
#: jobs written like a title before a name ("Promoter Dev Sandhu", "Nurse Kemi Ade"), British and
#: feature style: a role when they open the name, but no title ("the nurse" is whoever was just named)
FALSE_TITLES = {w.lower() for w in """
Promoter Critic Nurse Farmer Owner Chef Singer Rapper Musician Artist Novelist Poet Writer Playwright Producer
Designer Architect Engineer Scientist Researcher Historian Lawyer Solicitor Campaigner Organiser Organizer
Volunteer Resident Student Teacher Headteacher Headmaster Headmistress Midwife Surgeon Pilot Boxer Jockey
Golfer Cyclist Sprinter Swimmer Athlete Winger Batsman Bowler Trainer Referee Landlord Landlady Pensioner
Survivor Witness Entrepreneur Businessman Businesswoman Photographer Filmmaker Broadcaster Presenter Pianist
Guitarist Drummer Composer Curator Vicar Chaplain Priest Footballer Cricketer Veteran Mechanic Cleaner Recorder
Principal DJ
Meteorologist Forecaster Climatologist
Diplomat Envoy Scholar Pundit Academic
""".split()}
#: honours and ranks written after a name ("Richard Moore KC", "Amira Shah OBE"): not part of the name
POST_NOMINALS = frozenset("KC QC SC BL OBE MBE CBE KBE DBE MP MEP MSP MLA TD FRS".split())
#: a kind of body written like a title before its name, British and agency style: "Group TWC2 said",
#: "Carmaker Nissan said"
BODY_FALSE_TITLES = {w.lower() for w in """
Group Charity Retailer Carmaker Automaker Airline Broadcaster Insurer Lender Supermarket Watchdog Regulator
Publisher Chipmaker Drugmaker Miner Startup Start-up Think-tank Thinktank
""".split()}
#: what a minister is "for" ("Minister for Transport Chee Hong Wei", "Secretary of State for Health"):
#: ends a role written before a name, British, Irish, Singaporean and Indian style
PORTFOLIO_WORDS = {w.lower() for w in """
Transport Trade Industry Manpower Environment Culture Tourism Sport Sports Enterprise Employment Infrastructure
Works Information Sustainability Development Innovation Youth Aviation Petroleum Mines Fisheries Forestry
Welfare Planning Immigration Citizenship Migration Communications Railways Telecommunications Textiles
Electricity Power Water Sanitation Police Lands
""".split()}
# Role words that, capitalised before a lone surname, are far more often a given name.
ROLES_THAT_ARE_GIVEN_NAMES = {"Dean"}

FEMALE_TITLES = {"mrs", "ms", "miss", "dame", "lady", "queen", "princess", "chairwoman",
                 "spokeswoman", "congresswoman", "councilwoman", "assemblywoman", "businesswoman",
                 "madam", "sister", "mother", "wife", "daughter", "grandmother", "actress", "woman",
                 "baroness", "countess"}
MALE_TITLES = {"mr", "sir", "lord", "king", "prince", "sheikh", "emir", "chairman", "spokesman",
               "congressman", "councilman", "assemblyman", "businessman", "brother", "father",
               "husband", "son", "grandfather", "actor", "man", "pope", "cardinal"}
#: common given names whose bearer is nearly always one gender: first evidence for he/she
FEMALE_GIVEN = {w.lower() for w in """
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Sandra
Margaret Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Dorothy Rebecca
Sharon Laura Cynthia Amy Kathleen Angela Shirley Brenda Emma Anna Pamela Nicole Samantha Katherine
Christine Helen Debra Rachel Carolyn Janet Maria Catherine Heather Diane Olivia Julie Joyce Victoria
Ruth Virginia Lauren Kelly Christina Joan Evelyn Judith Andrea Hannah Megan Cheryl Jacqueline Martha
Madison Teresa Gloria Sara Janice Ann Kathryn Abigail Sophia Frances Jean Alice Judy Isabella Julia
Grace Amber Denise Danielle Marilyn Beverly Charlotte Natalie Theresa Diana Brittany Doris Kayla
Alexis Lori Marie Hillary Hilary Nikki Carly Sarah Condoleezza Madeleine Nancy Elizabeth Kamala
Michele Loretta Huma Donna Debbie Kellyanne Hope Ivanka Melania Chelsea Tulsi Elise Kirsten Dianne
Barbara Susana Jill Jeanne Juanita Paula Valerie Katie Kate Claire Joni Jane Janet Angela
Theresa Marine Ruth Sonia Elena Hope Omarosa Megyn Gretchen Rosie Oprah Beyonce Lena Sheryl
Stephanie Tammy Wendy Yvette Rosa Gabrielle Heidi Kristen Kristin Patty Maxine Nita Shelley
Betsy Anne Cecile Alicia Maggie Phyllis Claudia Maryam Kelli Felicia Louise Marla Patti Myra Liz
Zoe Polly Jillian Dena Stacey Penny Jenna Bonnie Randi Lily Caroline Caitlyn Ilyse Peggy Lynn
Felicity Fiona Siobhan Aoife Niamh Bridget Moira Priya Anjali Sunita Deepa Meera Aisha Ayesha Fatima
Leila Layla Yasmin Nadia Rania Amina Miriam Ines Lucia Carmen Isabel Beatriz Sofia Francesca Giulia
Chiara Marta Ewa Zofia Katarzyna Agnieszka Magdalena Olga Natalia Natasha Svetlana Irina Tatiana
Yulia Vera Greta Ingrid Astrid Sigrid Birgit Annika Hanne Liisa Ursula Sabine Monika Petra Helga
Freya Keiko Akiko Yuki Ngozi Chioma Zeynep Elif Renee Renée Yolanda Monique Tamara Gwen Joanne Ana Marisol
Valentina Tanya Colleen Maureen Gwendolyn Rhonda Darlene Tonya Latoya Keisha Shanice Ebony Jasmine Brianna
Isla Ava Mia Ella Poppy Evie Harriet Imogen Rhian Saoirse Maeve Aisling Sinead
Yvonne Joanna Edith Doreen Eileen Norma Gladys Irene Agnes Mabel Ethel Hazel Vivian Lorraine Marjorie Sylvia
Beatrice Rosemary Josephine Veronica Gillian Alison Allison Deirdre Sheila Pauline Sally Kathy Cathy Sue Jenny
Jennie
Becky Rebekah Melanie Tracy Tracey Stacy Kirsty Gemma Leanne Lindsay Hayley Kerry Jade Chloe Sophie Lucy
Holly Amelia Eleanor Eloise Matilda Florence Daisy Phoebe Ruby Esme Tabitha Beth Bethany Naomi Esther Leah
Abby Eva Elsa Ida Ingeborg Karin Kerstin Lotte Marit Solveig Tove Anneke Femke Eline Marieke Aurelie
Amelie Camille Chantal Claudine Delphine Elodie Isabelle Martine Nathalie Sandrine Sylvie Giovanna Alessandra
Federica Paola Raffaella
Roberta Silvia Simona Antonella Pilar Rocio Consuelo Ximena Paloma Lourdes Mercedes Dolores Adriana Gabriela
Fernanda
Juliana Mariana Larissa Leticia Renata Teodora Ludmila Oksana Anastasia Ekaterina Yekaterina Galina Lyudmila
Marina Daria Polina
Alina Nino Anahit Milena Jelena Dragana Ivana Snezana Agata Beata Dorota Krystyna Malgorzata Hanna Halina
Aleksandra
Justyna Haruka Yoko Naoko Sakura Emiko Priyanka Lakshmi Kavita Pooja Neha Shreya Divya Rekha Radha Anita
Savita Nisha Asha Farah Zainab Khadija Salma Hala Huda Mona Dina Samira Rana Reem Zahra Soraya
Shirin Folake Funmilayo Adaeze Chiamaka Nneka Amara Ifeoma Yetunde Abimbola Wanjiru Akosua Ama Abena Adwoa Thandiwe
Nomvula Lindiwe Zanele Precious Blessing Aiyana Winona Maisie Mara Aaliyah Keira Kiera Orla Roisin Amira Siân
Sian Carys Ffion Cerys Gina Camila Camilla Ximena Luciana Valeria Daniela Gabriela Paula Florencia Agustina
Celeste Mirela Kiara
Aiko Yuko Mariko Tomoko Ayumi Misaki
Monica Carla Erica Erika Tiffany Tina Tara Sonya Vanessa Krista Brandy Whitney Kellie Kara Cara Lydia Noreen
Jeannette Ramona Yesenia Araceli Maribel Marisela Esperanza Alejandra Jocelyn Brooke Paige Courtney Kelsey
Shelby Haley Hailey Makayla Latisha Tamika Imani Nia Addison Scarlett Aria Mila Nora Penelope Stella Audrey Maya
Madelyn Adeline Alexa Ariana Gabriella Sadie Emilia Piper Cora Kaylee Aubree Arianna Eliana Gianna Clara Mackenzie
Madeline Brielle Delilah Rylee Liliana Hadley Kylie Adalynn Annabelle Alexandra Raelynn Athena Leilani Lyla Alyssa
Adalyn Arya Norah Khloe Eliza Melody Margot Ananya Esi Hana
Elaine Lois Mildred Rita Thelma Wanda Bernadette Geraldine Jeanette Muriel Bernice Constance Edna Estelle Lillian
Lucille Myrtle Nadine Priscilla Rosalind Roxanne Winifred Candice Delores Desiree Janelle Marcia Melinda Miranda
Noelle Rochelle Sabrina Tasha Trisha Ciara Catriona Eilidh Morag Ailsa
""".split()}
MALE_GIVEN = {w.lower() for w in """
James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew
Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward
Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin
Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry
Douglas Zachary Peter Kyle Walter Ethan Jeremy Harold Keith Christian Roger Noah Gerald Carl
Sean Austin Arthur Lawrence Jesse Dylan Bryan Joe Billy Bruce Albert Willie Gabriel Logan
Alan Juan Wayne Roy Ralph Randy Eugene Vincent Russell Elijah Louis Bobby Philip Johnny Barack
Bernie Bernard Ted Marco Jeb Ben Mike Rand Rick Bill Bob Jim Tim Tom Vladimir Dmitry
Mitt Newt Rudy Reince Harry Mitch Chuck Ron Jon Marty Rob Dick Al Hank Rex
Jeff Steve Dan Joel Sam Nick Tony Greg Ken Matt Andy Phil Ed Fred Ray Jimmy Jake Luke
Ivan Sergei Xi Francois Emmanuel Boris Benjamin Bashar Recep Hassan Enrique Vicente Felipe
Reid Trey Darrell Elijah Jerome Marcus Cory Corey Kasim Hakeem Jared Corey Lance Kurt Clint
Glenn Josh Tad Morton Brent Jorge Sebastian Norbert Todd Marc Carlos Colin Sheldon Marvin Brad
Marcel Martin Robby Craig Luis Rahm Eddie Manuel Hugh Gordon Neil Stuart Jeffery Wesley Mitchell
Zeke Evan Brett Teddy Allan Freddy Dave Federico Nigel Jamal Pete Ernest Dante Geoffrey Ian Stefan
Arturo Geoff Joey Nate Lamar Milton Barry Denis Stan Harvey Wes Howard Herman Karl Mario Miguel
Ahmed Mohammed Muhammad Mustafa Hamid Tariq Khalid Yusuf Ibrahim Abdullah Omar Rajesh Sanjay Vijay
Arjun Rahul Amit Suresh Ravi Hans Klaus Dieter Wolfgang Heinrich Lars Anders Magnus Sven Nils Erik
Henrik Jonas Halvard Tomasz Piotr Petr Pavel Dmitri Alexei Mikhail Andrei Sergey Nikolai Yuri Igor
Giuseppe Giovanni Luca Matteo Francesco Pierre Jacques Antoine Olivier Thierry Pedro Pablo Diego
Javier Alejandro Fernando Ricardo Eduardo Hiroshi Takeshi Kenji Kwame Kofi Emeka Mehmet Ahmet
Theo Leo Finn Liam Lucas Oliver Silas Felix Hugo Oscar Rory Declan Callum Ewan Euan Angus Hamish Jasper
Graham Julian Simon Malcolm Trevor Clive Derek Desmond Rodney Roderick Reginald Percy Cyril Leonard Leonardo Lionel
Stanley Victor Vernon Wilfred Alfred Cedric Clifford Clarence Cecil Bertram Herbert Hubert Norman Neville
Gareth Rhys
Owen Emrys Aled Dafydd Iwan Alistair Alasdair Fergus Duncan Murray Ruaridh Seamus Ciaran Cormac Eamon Eoin
Padraig Niall Conor Darragh Oisin Ronan Kieran Brendan Barnaby Rupert Crispin Giles Jonty Piers Toby Tristan
Archie Alfie Freddie Lewis Tobias Connor Leon Max Maximilian Moritz Lukas Florian Johannes Matthias Anton Jurgen
Jörg Uwe Helmut Horst Gunter Werner Rainer Dirk Bjorn Björn Jens Mats Olav Ole Per Rasmus
Soren Søren Tomas Mikael Joost Pieter Willem Bram Daan Sander Thijs Jean-Pierre Jean-Claude Jean-Luc Philippe
Laurent
Mathieu Nicolas Sebastien Thibault Yves Alain Didier Etienne Guillaume Julien Pascal Remi Xavier Alessandro
Antonio Carlo
Davide Enrico Fabio Filippo Gianluca Lorenzo Massimo Paolo Pietro Roberto Salvatore Sergio Stefano Umberto
Vittorio Alberto
Alvaro Andres Esteban Gonzalo Guillermo Ignacio Jaime Joaquin Julio Mateo Rafael Ramon Raul Rodrigo Santiago Joao
Luiz Marcelo Paulo Thiago Vinicius Gustavo Leandro Aleksandr Anatoly Evgeny Fyodor Gennady Grigory Konstantin
Leonid Maxim
Nikita Oleg Ruslan Stanislav Viktor Vladislav Yaroslav Yevgeny Zbigniew Krzysztof Marek Pawel Tadeusz Wojciech
Jakub Andrzej
Grzegorz Lech Miroslav Dragan Goran Zoran Nikola Bogdan Vasile Mihai Cristian Ionut Haruto Hiroki Kenta Takashi
Taro Yuto Anand Aditya Amitabh Arun Deepak Gaurav Harish Karan Manoj Mohan Nikhil Pradeep Rajiv Rakesh
Ramesh Rohan Sandeep Sunil Vikram Vivek Jaydev Abdul Abdulrahman Ahmad Ali Amir Bilal Faisal Farid Hussein
Imran Jamil Karim Mahmoud Majid Nabil Nasser Rashid Saeed Salim Samir Tarek Walid Youssef Yousef Ziad
Adewale Babatunde Chinedu Chukwuma Femi Ikenna Kayode Kunle Segun Tunde Kwabena Kwaku Kojo Yaw
Thabo Sipho Themba Jabulani Tendai Tafadzwa Baraka Jomo Otieno Dele Dawit Benny Luther Hunter Parker Tucker
Spencer Carter Cooper Archer Asher Sawyer Fletcher Homer Lester Chester Sylvester Dexter Baxter Trent Hector
Nestor Clement Hideo Kazuo Makoto Satoshi Daisuke Shinji Koji Masato Yuichi Iain Ewan Glen Curtis
Darren Dustin Travis Cody Colby Dwayne Duane Darnell DeShawn Jermaine Terrell Tyrone Andre Floyd Leroy Lonnie
Melvin Otis Rufus Wendell Garrett Wyatt Caleb Aiden Ezra Cian Dermot Ifan Mateusz Luka Marko Hamza Anil Obinna
Mandla Mauricio
Nathaniel Alastair Ambrose Archibald Clyde Cornelius Edmund Gilbert Horace Ignatius Julius Leopold Maurice Mortimer
Oswald Percival Rudolph Seymour Thaddeus Theodore Virgil Winston Dwight Quentin Reuben Terrence Ulysses Willard
Cathal Diarmuid Lorcan Ruairi Tadhg
""".split()} - FEMALE_GIVEN


@lru_cache(maxsize=8192)
def given_name_gender(word: str) -> str | None:
    """"f" or "m" for a common given name in any case, its accents folded as the lists write most
    names ("Lucía" is "lucia", "Siobhán" "siobhan"); None for any other word."""
    w = word.lower()
    if w not in FEMALE_GIVEN and w not in MALE_GIVEN and not w.isascii():
        w = fold_accents(w)
    return "f" if w in FEMALE_GIVEN else "m" if w in MALE_GIVEN else None


def fold_accents(word: str) -> str:
    """``word`` with its accents dropped, as the given-name lists write names ("Lucía" → "Lucia")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))

#: capitalised words that are never a speaker on their own
NOT_NAMES = {w.lower() for w in """
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
July August September October November December Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
The A An And But Or So Yet For Nor In On At To From By With Of As If When While After Before
Although Though Because Since Until Unless Then Now Later Earlier Still Also However Meanwhile
This That These Those There Here It He She They We I You His Her Their Our My Your Its
What Who Whom Whose Which Why How Where Today Tomorrow Yesterday Tonight Last Next Such Some
Many Most More Few Both Each Every All Any No Not Yes Even Only Just Asked Told Said Says
According Instead Indeed Thus Hence Still Please Let Well Oh Mr Mrs Ms Dr Sen Rep Gov
Other Another Several Various Two Three Four Five Ten Dozens Hundreds Thousands Millions
Amid Despite Alongside Unlike Like Without Throughout Beyond Among Against Regarding Including Given
Upon Within During Through Toward Towards Whether Under Over Across Behind Between Near Around Along Per Via
Maybe Is Was Are Were Did Does Do Can Could Should Would Has Have Had Go
Nearby Elsewhere Outside Inside Afterward Afterwards Overall Separately Similarly Likewise Finally Ultimately
Initially Recently Currently Previously Nevertheless Nonetheless Moreover Furthermore Additionally Otherwise
T-shirt T-shirts X-ray X-rays U-turn
""".split()}
#: a headline's kicker, the section label before its colon, names nobody: 'Review: “The Salt Houses” is a slow burn'
HEADLINE_LABELS = {w.lower() for w in """
Review Reviews Analysis Opinion Editorial Exclusive Watch Video Live Breaking Update Explainer Interview
Comment Commentary Obituary Recap Preview Photos Listen Podcast Factcheck Fact Check Correction Letters Latest
""".split()}
#: nouns that mark an organisation rather than a person
ORG_WORDS = {w.lower() for w in """
House Department Dept Party Committee Commission News Times Post Journal Tribune Herald Press
Campaign Inc Corp Co Company Association Union University College School Council Ministry Office
Agency Bureau Court Senate Congress Administration Kremlin Group Foundation Institute Center
Centre Network Channel Media Magazine Service Services Bank Fund Board Authority Organization
Organisation Coalition Alliance Federation Caucus Club Society Times Daily Weekly Review
Television TV Radio Reuters Bloomberg Twitter Facebook Government Parliament Police Army Navy
Force Forces Command Council Tower Trust Project Industries Holdings Partners LLC Ltd PAC
CNN MSNBC ABC NBC CBS NPR AP AFP BBC Politico Breitbart Gallup Statement Report Poll Pentagon
Embassy Mission Assembly Legislature Cabinet Republicans Democrats Officials Energy Oil Motors Airlines
Capital Systems Technologies Pharmaceuticals Communications Entertainment Studios Records Publishing
Team Watch League Matters Initiative Forum Insider Examiner Gazette Observer Guardian Telegraph
Chronicle Register Globe Bulletin Inquirer Courier Dispatch Monitor Sentinel Beacon Enquirer Convention
Baptist Methodist Lutheran Presbyterian Episcopal Pentecostal Ministries Mosque Synagogue Cathedral Diocese
Archdiocese Parish Congregation Hotel Hotels Resort Restaurant Casino Hospital Clinic Brewery Museum Gallery
Library Motel Railway Railways Brands Academy
United Rovers Wanderers Athletic Albion Town FC Hotspur Harriers
Temple Chapel Shrine Gurdwara Abbey Monastery Station Garrison Barracks Airport
Hardware Foods Bakery Diner Pharmacy Grocery Grocers Cafe Café Tavern Pub Bookstore Books Farms Dairy Salon
Supply Supplies Logistics Construction Builders Realty Properties Insurance Laboratories Electric Manufacturing
Outfitters Cleaners Auto
""".split()}

#: common irregular past-tense verbs (no "-ed" to tell them by): no noun phrase or role before a name holds one
IRREGULAR_PAST = frozenset("""
became began brought came chose cost cut drew fell felt fought found gave got grew heard held hit hurt kept
knew led left let lost made met put quit ran read rose sat saw seemed sent set shut sought spent spoke spread
stood struck thought took went won shook wept
""".split())

#: words in a company's name that say it is one: "Halcyon Therapeutics", "Mapleford Foods", "Vantic Systems"
COMPANY_NAME_WORDS = frozenset("""inc corp co company ltd llc plc holdings industries technologies motors airlines airways
systems pharmaceuticals communications entertainment studios platforms retail foods brands stores logistics petroleum
electronics semiconductor insurance mining therapeutics biotech biosciences biologics labs laboratories software
robotics solutions securities investments ventures bancorp chemicals beverages apparel health healthcare energy
utilities hospitality residential homes home group partners capital financial properties realty construction
manufacturing farms dairy research analytics consulting associates advisors advisers strategies""".split())

#: the last word of a newspaper's or magazine's name, whose "the" is part of it: "The Guardian", "The New York Times"
PUBLICATION_WORDS = {w.lower() for w in """
Times Post Journal Tribune Herald Guardian Telegraph Chronicle Register Globe Bulletin Inquirer Courier Dispatch
Monitor Sentinel Beacon Enquirer Observer Gazette Examiner Independent Economist Spectator Atlantic Mail Mirror
Express Star Sun Hindu Age Australian Scotsman Standard Record Argus Tablet Oregonian Dealer
""".split()}

_ABBR_TITLE = r"(?:Sen|Rep|Gov|Gen|Dr|Mr|Mrs|Ms|Lt|Col|Sgt|St|Jr|Sr|Rev|Capt|Maj|Adm|Prof|Ft|Mt|Gov|Atty|Supt|Cmdr|Pres|Hon|Engr|Rt|Smt|Brig|Cpl|Pvt|Pfc|Spc|Det|Insp|Ald|Del)\."
#: a capital letter, accented ones included ("Ó Briain", "Émile", "Šefčovič")
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x17F)) if c.isupper() and c not in "×")
#: what may stand inside a name word besides letters: combining accents (decomposed "Se\u0301gole\u0300ne") and the
#: second byte of a UTF-8 letter read as Latin-1 ("PeÃ±a", "TrÃ©vidic")
_INSIDE_NAME_MARKS = "\u00a1-\u00aa\u00ac-\u00ba\u00bc-\u00bf\u0300-\u036f"
#: (the capital written once, the lone letter "(?![.\w])" tried after the longer word, as before: the class is
#: long, and ``re.compile`` pays for each copy, at import and for the patterns built per article)
_NAMEWORD = (r"(?:" + _ABBR_TITLE + r"|(?:[A-Z]\.){1,3}(?![a-z])|[" + _UPPER + r"](?:[\w’'\-" + _INSIDE_NAME_MARKS + r"]*[\w]|(?![.\w])))")
_CONNECT_WORDS = {"de", "van", "von", "der", "den", "ter", "ten", "bin", "binti", "binte", "al", "la", "le", "del", "della",
                  "dela", "delos", "di", "da", "das", "du", "dos", "ibn"}
_CONNECT = r"(?:(?:" + "|".join(sorted(_CONNECT_WORDS, key=len, reverse=True)) + r")[ \xa0]+)"
#: the Arabic article joined to a surname: "Bashar al-Assad", "Muammar el-Qaddafi"
_ARTICLE_JOINED = ("al-", "el-")
#: a run of capitalised words ("Russian President Vladimir Putin", "Dmitry S. Peskov", "Pieter van der Merwe")
NAME_RUN = r"(?:" + _NAMEWORD + r")(?:[ \xa0]+" + _CONNECT + r"{0,2}(?:[ae]l-)?(?:" + _NAMEWORD + r")){0,6}"
#: a capitalised run immediately before the end of a string ("... Peskov")
#: a sentence adverb set off before a subject ("There, the district GOP chairman …"), not a name ("Vickery, the …")
SENTENCE_ADVERB = (r"(?:[A-Z][a-z]+ly|There|Here|Now|Then|Still|Meanwhile|Instead|Later|Earlier|Again|Elsewhere|Overall|Today"
                   r"|Yesterday|Tonight|Also|Afterwards?|Nearby|Inside|Outside|Upstairs|Downstairs|Overnight|Otherwise|Thus|Hence)")
NAME_AT_START = re.compile(r"\s*(" + NAME_RUN + r")")
DETERMINERS = r"(?:the|a|an|this|these|my|our|his|her|its|their|one|another|two|three|several|some|many|other|both|each)"
#: a clause opened by a subordinator: "when many commentators called it …"
_AFTER_SUBORDINATOR = (r"(?<=\b(?:[Ww]hen|[Oo]nce|whom)[ \xa0])|(?<=\b(?:[Aa]fter|[Ww]hile|[Ss]ince|[Uu]ntil|[Ww]here|which)[ \xa0])"
                       r"|(?<=\b(?:[Tt]hough|[Bb]efore)[ \xa0])|(?<=\b[Bb]ecause[ \xa0])|(?<=\b[Aa]lthough[ \xa0])")
# (the end-anchored searches below retry at every offset: each tests the blank that all but their first two
# openings need before the look-behinds for the words, so that most offsets fail at once)
#: a short lowercase noun phrase with a determiner, right before a cue ("the spokesman")
DESCRIPTOR_AT_END = re.compile(
    r"(?:^|(?<=^[\s“\"‘])|(?<=[ \xa0])(?:(?<=[,;:(—–][ \xa0])|(?<=\b(?:and|but)[ \xa0])|(?<=\b(?:in|is|to) what[ \xa0])|(?<=\bwas what[ \xa0])|(?<=\bas[ \xa0])|" + _AFTER_SUBORDINATOR + r"))((?:" + DETERMINERS + r")\s+(?:[\w’'\-\.]+\s+){0,4}?[\w’'\-]+)\s*$", re.I
)
DESCRIPTOR_AT_START = re.compile(
    r"\s*((?:" + DETERMINERS + r")\s+(?:[\w’'\-\.]+\s+){0,4}?[\w’'\-]+?)(?=\s*(?:[,.;:!?)—–]|$|\s+(?:" + CUE_ALT
    + r"|who|which|that|in|on|at|to|for|from|with|during|after|before|when|while)\b))",
    re.I,
)
PRONOUN_AT_END = re.compile(r"(?:^|(?<=[^\w’'-]))(he|she|they|i|we|it)\s*$", re.I)
PRONOUN_AT_START = re.compile(r"\s*(he|she|they|i|we|it)\b", re.I)
#: adverbs and auxiliaries that may sit between a speaker and the cue ("Putin also said")
_AUX_WORDS = """
already still now just even also each both later then previously once repeatedly recently again further simply flatly
quickly has had have would will could might may did does do is was were are been being
not never often frequently first last reportedly publicly privately
himself herself themselves itself angrily bluntly famously memorably jokingly sarcastically explicitly openly
""".split()
#: nouns that end in "ly" like an adverb: "the family said", "a close ally said"
NOUNS_IN_LY = frozenset("family ally assembly daily weekly monthly".split())
AUX_AT_END = re.compile(r"(?:\s+(?:(?:is|was)\s+quoted\s+as|(?:can|could|may|might)\s+be\s+(?:heard|seen)|" + "|".join(_AUX_WORDS) + r"|(?!(?:" + "|".join(NOUNS_IN_LY)
                        + r")\b)[a-z]+ly))+\s*$")
#: the last word of every AUX_AT_END match is one of these or ends in "ly": a cheap test before the search
AUX_LAST_WORDS = frozenset(_AUX_WORDS) | {"as", "heard", "seen"}  # ("… can be heard saying")
#: subordinate words that make a following capital word part of a clause, not a subject
#: lowercase words after which a plain noun can be the subject of a cue ("officials said")
PLURAL_SUBJECT_AT_END = re.compile(
    r"(?:^|(?<=^[\s“\"‘])|(?<=[ \xa0])(?:(?<=[,;:(—–][ \xa0])|(?<=\b(?:and|but)[ \xa0])|(?<=\d[ \xa0])|" + _AFTER_SUBORDINATOR + r"))((?:[A-Z][\w’'\-]*\s+){0,3}(?:[a-z][a-z\-]+\s+){0,2}?[a-z][a-z\-]+s)\s*$"
)
#: (the first mark written apart from the rest: a pattern opening with a character class lets ``re`` skip to
#: the next such character, one opening with a repeat is tried at every offset)
SENTENCE_END = re.compile(r"[.!?…][.!?…]*[”\"’')\]]*\s+(?=[“\"‘(\[]?[A-Z0-9]|[“\"‘'])")
ABBREVIATIONS = {w.lower() for w in """
Mr Mrs Ms Dr Sen Rep Gov Gen Lt Col Maj Capt Adm Sgt St Jr Sr Rev Prof Inc Corp Co Ltd No vs
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec U.S U.K U.N D.C R D I Ind Calif Fla Tex Ariz
Mass Penn Pa Va Wash Mich Minn Wis Ill Ga Ala Ky Tenn Miss Mo Ore Colo Conn Del Md Neb
Nev N.H N.J N.Y N.C S.C N.M Okla Kan La Ark Vt W.Va Wyo Mont Ida Ut Fig Gov Ft Mt a.m p.m e.g i.e
Hon Engr Rt Smt Brig Cpl Pvt Pfc Spc Det Insp Supt Cmdr Atty Ald Del
""".split()}
DAY_OR_TIME = re.compile(
    r"\s*(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|"
    r"tonight|earlier|later|last\s+\w+|this\s+\w+)\b,?", re.I
)

# ---------------------------------------------------------------------------
# Fast cue lookup: one word regex plus set membership instead of a huge alternation
# ---------------------------------------------------------------------------
_SINGLE_CUES = {f for f in CUE_FORMS if " " not in f}
_MULTI_CUES: dict[str, list[re.Pattern]] = {}
#: cues that end their clause: '“…,” she went on.', not 'once the Senate goes on recess, “…”'
_CLAUSE_FINAL_CUES = {"went on", "goes on", "cut in", "cuts in", "cutting in"}
for _f in CUE_FORMS + ["According to", "In the words of"]:
    if " " in _f:
        _first, _rest = _f.split(" ", 1)
        _end = r"(?=[ \xa0]*[,.:;!?—–])" if _f in _CLAUSE_FINAL_CUES else r"(?![\w’'-])"
        _MULTI_CUES.setdefault(_first, []).append(
            re.compile(r"\s+" + r"\s+".join(re.escape(w) for w in _rest.split()) + _end)
        )


#: every word that is a cue or begins a multi-word cue, as whole words
_CUE_WORDS = _trie_regex(sorted(_SINGLE_CUES | set(_MULTI_CUES)))
_CUE_WORD_RE = re.compile(r"(?<![A-Za-z])" + _CUE_WORDS + r"(?![A-Za-z])")
#: the letters those words open with (a paragraph mostly opens with another, and needs no match there)
_CUE_WORD_INITIALS = frozenset(w[0] for w in _SINGLE_CUES | set(_MULTI_CUES))


#: the cue words as ASCII bytes, to the words
_CUE_WORD_BYTES = {w.encode("ascii"): w for w in _SINGLE_CUES | set(_MULTI_CUES)}
#: a byte table that keeps the letters A-Z and a-z and makes every other byte a space
_LETTERS_ELSE_SPACE = bytes(c if 65 <= c <= 90 or 97 <= c <= 122 else 32 for c in range(256))


def _letter_runs(s: str, lo: int, hi: int) -> bytes:
    """``s[lo:hi]`` with every character but the letters A-Z and a-z made a space, one byte a character
    (offsets kept): its words, as ``_CUE_WORD_RE`` sees them, are what ``bytes.split`` gives."""
    return s[lo:hi].encode("latin-1", "replace").translate(_LETTERS_ELSE_SPACE)


def _cue_words(s: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """``(start, end, word)`` of every cue word in ``s[lo:hi]`` (what ``_CUE_WORD_RE.finditer`` finds).

    Found without a search for the words: ``re`` would try them after every character that is no
    letter, where splitting the text into its runs of letters and looking up the few cue words among
    them costs a fraction (a match is a whole run: the words are letters, and no match hides another)."""
    runs = _letter_runs(s, lo, hi)
    end = len(runs)
    out = []
    for word in _CUE_WORD_BYTES.keys() & runs.split():
        after_blank = b" " + word  # (a word right at ``lo`` has no blank before it: taken below)
        n = len(after_blank)
        i = runs.find(after_blank)
        while i >= 0:
            if i + n == end or runs[i + n] == 32:  # the whole run, not the start of a longer word
                out.append((lo + i + 1, lo + i + n, _CUE_WORD_BYTES[word]))
            i = runs.find(after_blank, i + n)
    out.sort()
    # a word right at ``lo`` has no character before it in the range
    first = _CUE_WORD_RE.match(s, lo, hi) if s[lo:lo + 1] in _CUE_WORD_INITIALS else None
    if first is not None:
        out.insert(0, (lo, first.end(), first.group()))
    return out


#: cues that tag a quotation only at their clause's end ("Pruitt began.", "she interrupted:"), never with an object
_INTRANSITIVE_ONLY_CUES = {"begin", "begins", "began", "interrupt", "interrupts", "interrupted", "press", "presses", "pressed"}
_PUNCT_NEXT = re.compile(r"[ \xa0]*[,.:;!?—–]")
#: what the verb "state" is followed by (a clause, an object's determiner, an adverb, a mark), not a noun it modifies
_STATE_AS_VERB_NEXT = re.compile(r"[ \xa0]*(?:[,.:;!?—–“\"‘]|$|(?:that|the|a|an|his|her|their|its|our|this|these|those|what|how|why"
                                 r"|whether|it|them|him|in|on|at|for|to|so|as|any|[a-z]+ly)\b)")


def find_cues(s: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int, str]]:
    """Cue verbs in ``s[lo:hi]`` as ``(start, end, form)``, left to right.

    Lower-case forms only (a capitalised "States" is not a cue), plus
    sentence-initial "According to".
    """
    if hi is None:
        hi = len(s)
    out = []
    for a, b, w in _cue_words(s, lo, hi):
        if a > 0 and s[a - 1] in "-’'" or b < len(s) and s[b] in "-’'" and not (b + 1 < len(s) and s[b + 1] in " ,."):
            if not (b < len(s) and s[b] in "’'" and (b + 1 >= len(s) or not s[b + 1].isalpha())):
                continue
        multi = _MULTI_CUES.get(w)
        if multi:
            for rx in multi:
                mm = rx.match(s, b, hi)
                if mm:
                    out.append((a, mm.end(), s[a:mm.end()]))
                    break
            else:
                if w in _SINGLE_CUES:
                    out.append((a, b, w))
            continue
        if w in _INTRANSITIVE_ONLY_CUES and not _PUNCT_NEXT.match(s, b):
            continue  # "“…,” she interrupted." tags, "Mercer interrupted Rep. Pike" does not
        if w == "state" and not _STATE_AS_VERB_NEXT.match(s, b):
            continue  # "a Republican state senator", "state Sen. Ann Cole": the noun, not the verb
        if w in _SINGLE_CUES and not (a > 1 and (s[a - 2] in _NOUN_BEFORE_LAST or s[a - 2].isspace())
                                      and _noun_before(s, a) and not (w.endswith("ing") and _after_copula(s, a) and _MARK_NEXT.match(s, b))):
            out.append((a, b, w))
    if "Said " in s or "Added " in s or "Says " in s:
        fronted = [(m.start(), m.end(), m.group()) for m in _FRONTED_CUE.finditer(s, lo, hi)]
        if fronted:
            out = sorted(out + fronted)
    return out


#: a cue fronted before its speaker, opening the sentence that introduces a quotation:
#: 'Said the governor: “…”', 'Added Ms Lim, “…”' (Singaporean, Australian and magazine style)
_FRONTED_CUE = re.compile(
    r"(?:^|(?<=[.!?”\"’\n][ \xa0])|(?<=\n))(?:Said|Says|Added)(?=[ \xa0][^.!?“”\"\n]{1,80}?[:,][ \xa0]*[“\"‘])"
)


#: "Clinton’s emails", "the questions", "his claims": a cue form used as a noun (the words as a trie: tried
#: at every offset of the window, a flat alternation enters each of its words in turn)
_NOUN_BEFORE_WORDS = "the his her their its our my your a an these those such any every whose with amid is are was were be been being"
_NOUN_BEFORE = re.compile(r"(?:[’']s?|\b" + _trie_regex(_NOUN_BEFORE_WORDS.split()) + r")\s+$", re.I)
#: what ends a match of it before its blank (either case; "ſ" is an "s" to ``re.I``): a cheap test before the search,
#: which tries every offset of its window
_NOUN_BEFORE_LAST = frozenset("’'ſ" + "".join(w[-1] + w[-1].upper() for w in _NOUN_BEFORE_WORDS.split() + ["s"]))

_NOUN_BEFORE_SET = frozenset(_NOUN_BEFORE_WORDS.split())


#: a quotation right after a cue, at most a short object or "as" between: "is describing as “", "was calling it “"
_MARK_NEXT = re.compile(r"[ \xa0]*(?:(?:as|that|it|him|her|them|this)[ \xa0]+)?[“\"‘:,]")


def _after_copula(s: str, a: int) -> bool:
    """Is the word before ``a`` a form of "be" ("is describing as “…”": a progressive verb, not a noun)?"""
    return s[max(0, a - 6):a].rsplit(None, 1)[-1:] in (["is"], ["are"], ["was"], ["were"], ["be"], ["been"])


def _noun_before(s: str, a: int) -> bool:
    """``_NOUN_BEFORE`` in the eight characters before ``a``. Searched only when the word before is no
    plain word in ASCII letters and digits that is none of its words (what most cues follow: "Trump said"),
    since the search tries every offset; such a word ends no match (no "’s", and the words themselves
    in any case only in ASCII)."""
    lo = a - 8 if a > 8 else 0
    last = s[lo:a].rsplit(None, 1)[-1:]
    if last and last[0].isalnum() and last[0].isascii() and last[0].lower() not in _NOUN_BEFORE_SET:
        return False
    return _NOUN_BEFORE.search(s, lo, a) is not None


_NAMEWORD_FULL = re.compile(_NAMEWORD)


@lru_cache(maxsize=16384)
def _is_nameword(token: str) -> bool:
    """Is ``token`` one capitalised name word ("Putin", "S.", "Sen.")? Cached: the same words recur."""
    return _NAMEWORD_FULL.fullmatch(token) is not None


#: the word before a lone capital letter that names a thing, not a person's initial: "on X.", "Plan B."
LETTER_NAMES_A_THING = re.compile(r"(?:\b(?:on|to|via|from|Plan|Vitamin|Title|Type)[ \xa0]+|[ \xa0]\()$")


def name_run_before(s: str, end: int, lo: int = 0, max_words: int = 7) -> tuple[int, int] | None:
    """Span of the run of capitalised words that ends exactly at ``end`` (same line), or None.

    The backwards twin of ``NAME_RUN``, written as a loop because a right-anchored
    regex search retries at every offset of the window.
    """
    j = end
    start = None
    words = 0
    while j > lo and words < max_words:
        # the word starts after the last space before ``j`` (str.find, not a loop over characters), unless
        # another blank is nearer (a newline, a no-break space: every blank but the space is unprintable)
        i = s.rfind(" ", lo, j) + 1 or lo
        tok = s[i:j]
        if not tok.isprintable():
            i = j
            while i > lo and not s[i - 1].isspace():
                i -= 1
            tok = s[i:j]
        if not tok:
            break
        if tok.startswith(_ARTICLE_JOINED) and _is_nameword(tok[3:]):
            start = i  # "Mohammed al-Hassan", or "al-Hassan" alone
        elif not _is_nameword(tok):
            # an opening bracket or dash glued to the first word: "(Sen." / "—Trump"
            k = 0
            while k < len(tok) and tok[k] in "([—–-\"“‘'":
                k += 1
            if k and _NAMEWORD_FULL.fullmatch(tok, k):
                start = i + k
            elif tok in _CONNECT_WORDS and start is not None:
                pass  # "Charles de Gaulle": keep looking left
            else:
                break
            if k:
                break
        else:
            if len(tok) == 2 and tok[1] == "." and start is not None and LETTER_NAMES_A_THING.search(s, lo, i):
                break  # 'wrote on X. Thackeray himself told': the platform ends a sentence, no initial
            start = i
        words += 1
        if i <= lo or s[i - 1] not in " \xa0":
            break
        j = i - 1
        if j > lo and s[j - 1] in " \xa0":
            break  # two spaces: not one name
    if start is None:
        return None
    # a leading connector is not part of the name
    while True:
        sp = s.find(" ", start, end)
        if sp < 0 or s[start:sp] not in _CONNECT_WORDS:
            break
        start = sp + 1
    return start, end

