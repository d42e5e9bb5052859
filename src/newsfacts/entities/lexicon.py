"""Words the rule-based recognizer knows: titles, honorifics, organisations, pronouns, roles.

Data only: :mod:`newsfacts.entities.mentions` decides what to do with them. Every set holds
case-folded words without a final full stop (``gen`` for ``Gen.``), so that ``President``,
``president`` and ``PRESIDENT`` all match; multi-word names (:data:`KNOWN_ORGANIZATIONS`) are
matched as printed.

* :data:`HONORIFICS`: courtesy and academic forms of address (``Mr.``, ``Dr.``, ``Sheikh``) with
  the gender they imply; :data:`COURTESY` are the ones that are no title (``Mr.``, ``Mrs.``).
* :data:`TITLE_HEADS`: the nouns a title ends in (*secretary*, *minister*, *leader*), and
  :data:`TITLE_MODIFIERS` the words that may stand before them inside a title (*former*,
  *press*, *Foreign*, *Vice*). :data:`GENDERED_ROLES` says which heads tell a gender.
* :data:`DESCRIPTION_HEADS`: the role nouns a definite description may end in
  (*the minister*, *the company*): a title head is not enough, since *the official* or *the
  expert* names nobody in particular.
* :data:`ORGANIZATION_HEADS`: the last word of an organisation's name (*Ministry*, *Party*,
  *Corp.*), :data:`OF_HEADS` those that take an *of* phrase (*Bank of Japan*), and
  :data:`KNOWN_ORGANIZATIONS` names that carry no such word (*the White House*, *NATO*).
* :data:`NON_PERSON_WORDS`: capitalised words that make a run of capitalised words something
  other than a person (*Cold War*, *Nobel Prize*, *Korean Peninsula*).
* :data:`PRONOUNS`: third-person pronouns with their gender.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Literal

from newsfacts.agencies import AGENCIES

__all__ = [
    "ADDRESS_FORMS",
    "AUXILIARIES",
    "BEFORE_DATES",
    "BODY_NOUNS",
    "CAPTION_WORDS",
    "COMPANY_DESCRIPTIONS",
    "COMPANY_NAME_ENDS",
    "COURTESY",
    "CREDIT_LINKS",
    "CUE_OPENERS",
    "DEMONYM_FIRST_NAMES",
    "DESCRIPTION_HEADS",
    "EXTRA_PLACES",
    "FAMILY_NAMES_FIRST",
    "FEMALE_PRONOUNS",
    "FEMALE_WORDS",
    "FIRM_NAMES",
    "FIRM_NOUNS",
    "FIRM_POSSESSIONS",
    "GENDERED_ROLES",
    "GENERIC_FIRST_WORDS",
    "GROUP_ADJECTIVES",
    "HEADLINE_WORDS",
    "HEAD_STOPS",
    "HONORIFICS",
    "KIN_GENDERS",
    "KIN_NOUNS",
    "KNOWN_ORGANIZATIONS",
    "LOCATIVES",
    "MALE_PRONOUNS",
    "MALE_WORDS",
    "MARKET_VERBS",
    "NAME_LIKE_CUES",
    "NAME_MONTHS",
    "NAME_SUFFIXES",
    "NAME_TITLES",
    "NEUTER_PRONOUNS",
    "NOMINATIVE_PRONOUNS",
    "NON_ORGANIZATION_ACRONYMS",
    "NON_PERSON_WORDS",
    "OF_HEADS",
    "ORGANIZATION_DESCRIPTIONS",
    "ORGANIZATION_FUNCTION_WORDS",
    "ORGANIZATION_HEADS",
    "OUTLET_WORDS",
    "PLACE_DESCRIPTIONS",
    "PLURAL_PRONOUNS",
    "PREPOSITIONS",
    "PRONOUNS",
    "REGNAL_TITLES",
    "ROLE_SYNONYMS",
    "SENTENCE_OPENERS",
    "SPEECH_VERBS",
    "THING_NOUNS",
    "TITLE_CONNECTORS",
    "TITLE_HEADS",
    "TITLE_MODIFIERS",
    "Gender",
]

Gender = Literal["female", "male"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Forms of address, case-folded without their full stop, with the gender they imply.
HONORIFICS: Mapping[str, Gender | None] = MappingProxyType(
    {
        "mr": "male",
        "messrs": None,
        "mrs": "female",
        "ms": "female",
        "miss": "female",
        "mme": "female",
        "mlle": "female",
        "madam": "female",
        "madame": "female",
        "dr": None,
        "prof": None,
        "professor": None,
        "sir": "male",
        "dame": "female",
        "lord": "male",
        "lady": "female",
        "rev": None,
        "reverend": None,
        "sheikh": "male",
        "sheik": "male",
        "sheikha": "female",
        "hon": None,
    }
)

#: Honorifics that are a way of addressing someone, not a title: kept out of ``titles``.
COURTESY: frozenset[str] = _words("mr messrs mrs ms miss mme mlle madam madame")

#: Nouns a title ends in. A run of title words before a name needs one of these (or an
#: honorific) to be a title; the same words after a comma make an appositive role.
TITLE_HEADS: frozenset[str] = _words(
    """
    president president-elect vice-president premier chancellor minister ministers
    secretary secretary-general undersecretary under-secretary leader chairman chairwoman
    chairperson chair spokesman spokeswoman spokesperson ambassador envoy diplomat adviser
    advisor aide counselor counsellor director director-general governor mayor senator sen
    congressman congresswoman representative rep lawmaker legislator mp deputy speaker
    judge justice attorney attorney-general prosecutor lawyer commissioner commander
    general gen admiral adm colonel col lieutenant lt captain capt sergeant sgt major maj
    marshal brigadier brig corporal cpl private pvt officer chief head king queen prince
    princess emperor empress pope cardinal bishop archbishop pastor imam ayatollah emir
    sultan monarch dictator ruler strongman coach manager ceo executive founder co-founder
    analyst expert economist strategist professor prof doctor dr official negotiator
    delegate correspondent reporter editor columnist author actor actress singer player
    striker champion treasurer auditor inspector superintendent sheriff detective
    constable investigator researcher scientist activist campaigner dissident
    businessman businesswoman tycoon magnate banker chief-executive owner president-elect
    vice-chairman vice-premier master monk abbot nun priest rabbi patriarch nominee
    candidate frontrunner front-runner challenger incumbent
    forward defenceman defenseman goaltender goalie winger quarterback pitcher catcher
    outfielder infielder shortstop midfielder defender goalkeeper linebacker skipper
    """
)
#: A head with a prefix of rank is a head too: *co-chairman*, *vice-governor*, *ex-president*.
TITLE_HEADS = TITLE_HEADS | frozenset(
    f"{prefix}-{head}"
    for prefix in ("co", "vice", "ex", "deputy", "acting")
    for head in TITLE_HEADS
    if "-" not in head
)

#: Words allowed before a title's head inside the title: ranks, portfolios, qualifiers.
TITLE_MODIFIERS: frozenset[str] = _words(
    """
    former ex then late acting interim outgoing incoming new top senior junior deputy vice
    assistant associate executive managing chief first principal special general foreign
    defence defense finance trade economy economic interior home justice health education
    energy environment agriculture labor labour transport transportation industry commerce
    culture information security national state prime press party opposition central bank
    union military army navy naval police intelligence presidential royal supreme high
    grand great regional provincial local federal city county district parliamentary
    election electoral communist democratic republican socialist liberal conservative news
    media public legal political spiritual religious world international veteran longtime
    ruling team campaign club company cabinet government affairs relations policy committee
    council board senate assembly nuclear peace human rights housing development planning
    water science technology tourism fisheries oil petroleum mines mining land forestry
    veterans homeland budget treasury solicitor surgeon joint chiefs staff armed forces air
    force marine corps coast guard operations finance fiscal monetary reserve legislative
    majority minority house commerce communications immigration emergency unification
    welfare social sports youth women family children consumer competition antitrust
    industrial investment business overseas cooperation crown chief-of-staff parliament
    tory democrat exchequer green
    """
)

#: Little words a title may hold between its words: *Secretary of State*, *ambassador to
#: Seoul*, *President and Chief Executive*.
TITLE_CONNECTORS: frozenset[str] = _words("of to for on at the and")

#: Title heads that are also surnames (*John Major*, *Martin Luther King*): after a name and
#: before no other name, they end the name instead of starting a title.
NAME_TITLES: frozenset[str] = _words("major king bishop judge marshal prince chancellor")

#: Title heads that tell the person's gender.
GENDERED_ROLES: Mapping[str, Gender] = MappingProxyType(
    {
        **dict.fromkeys(
            _words(
                "spokeswoman chairwoman congresswoman businesswoman actress queen princess"
                " empress dame lady nun sheikha countess duchess baroness"
            ),
            "female",
        ),
        **dict.fromkeys(
            _words(
                "spokesman chairman congressman businessman king prince emperor pope cardinal"
                " bishop archbishop imam ayatollah emir sultan monk abbot priest rabbi"
                " patriarch lord sir count duke baron vice-chairman"
            ),
            "male",
        ),
    }
)

#: Heads of a definite description that can stand for an entity named elsewhere in the
#: story (*the minister*, *the top US diplomat*, *the company*). Unnamed sources (*the
#: official*, *the expert*, *officials*) are left to the attributions extractor.
DESCRIPTION_HEADS: frozenset[str] = _words(
    """
    president premier chancellor minister secretary secretary-general leader chairman
    chairwoman spokesman spokeswoman spokesperson ambassador envoy diplomat governor mayor
    senator congressman congresswoman king queen prince princess emperor pope prime-minister
    general commander negotiator dictator monarch ruler coach nominee candidate businessman
    businesswoman
    company firm corporation ministry department agency party bank organisation organization
    commission committee council union government administration regime embassy alliance
    coalition newspaper broadcaster airline carrier automaker carmaker lender insurer
    retailer conglomerate
    """
)

#: Last words of organisation names (*Foreign Ministry*, *Democratic Party*, *Toyota Motor
#: Corp.*). A run of capitalised words ending in one of them is one organisation, even when
#: it holds a person's name (*the Kennedy Center*, *Johns Hopkins University*).
ORGANIZATION_HEADS: frozenset[str] = _words(
    """
    department ministry party corp corporation inc incorporated co company cos ltd llc plc
    ag gmbh sa nv group holdings bank university college institute institution center
    centre foundation agency council commission committee court union association
    organization organisation office service services army navy police authority board
    bureau federation league front movement congress parliament assembly senate cabinet
    administration church airlines airways motors industries times post herald journal
    tribune gazette telegraph chronicle news network fund exchange club tribunal
    secretariat command academy school hospital museum society alliance coalition embassy
    consulate government trust partners securities systems technologies laboratories labs
    brigade brigades battalion division regiment guard guards forces force corps
    commonwealth conference cooperative chamber diet duma knesset majlis mission program
    programme reserve house magazine radio television directorate library gallery galleries
    fleet studios forum
    """
)

#: Organisation heads that take an *of* (*for*, *on*) phrase after them: *Bank of Japan*,
#: *Ministry of Foreign Affairs*, *Council on Foreign Relations*.
OF_HEADS: frozenset[str] = _words(
    """
    ministry department bank university institute council commission committee court
    union association organization organisation office bureau federation league board
    house church academy college school chamber party fund agency authority secretariat
    conference museum society alliance coalition embassy consulate front movement army
    forum commonwealth
    """
)

_ORGANIZATION_NAMES = """
White House|Pentagon|Kremlin|Congress|Parliament|Senate|Élysée|Elysee|Downing Street|
State Department|Foreign Office|Blue House|Vatican|Politburo|Bundestag|Bundesbank|Knesset|
Duma|Diet|Interpol|Europol|Hamas|Hezbollah|Hizbollah|Taliban|al-Qaeda|al Qaeda|Al-Qaeda|
Fatah|Likud|Labour|Tories|Sinn Fein|Kuomintang|Gazprom|Aeroflot|Boeing|Airbus|Toyota|
Microsoft|Google|Facebook|Twitter|Samsung|Hyundai|Sony|Nissan|Honda|
Volkswagen|Siemens|Nestle|Unilever|Walmart|Wal-Mart|IBM|OPEC|Opec|NATO|Nato|UN|U.N.|
United Nations|EU|E.U.|European Union|European Commission|World Bank|IMF|
International Monetary Fund|WTO|World Trade Organization|WHO|World Health Organization|
UNESCO|UNICEF|Unicef|UNHCR|IAEA|ASEAN|Asean|APEC|Apec|OECD|G7|G8|G20|FBI|CIA|NSA|
KGB|FSB|NASA|Red Cross|Red Crescent|Amnesty International|Human Rights Watch|
Greenpeace|Federal Reserve|Fed|Treasury|Scotland Yard|Supreme Court|Xinhua|Yonhap|Kyodo|
Reuters|Reuter|Bloomberg|CNN|BBC|NHK|KCNA|Al Jazeera|Al-Jazeera|The Guardian|
The Independent|The Times|The Economist|Le Monde|Der Spiegel|Pravda|Izvestia|Asahi|
Liberal Democrats|Lib Dems|Lib Dem|Conservatives|Social Democrats|Christian Democrats|
JPMorgan|PaineWebber|
"""

# Well-known firms named after people, without a company word: printed alone they read as a
# person's name (*Morgan Stanley said*). Only names that rarely name a person today. The
# recognizer takes them as whole runs of names, so that a longer name holding one (*Dean
# Witter Reynolds Inc*) keeps its own reading.
_FIRM_NAMES = """
Kinder Morgan|JP Morgan|J.P. Morgan|JPMorgan Chase|Goldman Sachs|Morgan Stanley|
Lockheed Martin|Merrill Lynch|Lehman Brothers|Bear Stearns|Charles Schwab|Dow Jones|
Wells Fargo|Northrop Grumman|Smith Barney|Dean Witter|Salomon Brothers|Kidder Peabody|
Drexel Burnham|Drexel Burnham Lambert|Shearson Lehman|Paine Webber|Cantor Fitzgerald|
Edward Jones|Raymond James|Berkshire Hathaway|Baker Hughes|Philip Morris|Eli Lilly|
Bristol-Myers Squibb|Archer Daniels Midland|Sherwin-Williams|Hewlett-Packard|Harley-Davidson|
Rolls-Royce|Estee Lauder|Ralph Lauren|Louis Vuitton|Christian Dior|Calvin Klein|
Tommy Hilfiger|Hugo Boss|Walt Disney|Thomson Reuters|Clifford Chance|
Kohlberg Kravis Roberts|Warner Bros|Conde Nast|John Deere|Jimmy Choo|
Toys R Us|Sears Roebuck|Dean Foods|Booz Allen|Booz Allen Hamilton|Baker McKenzie|
"""

#: Firms named after people that carry no company word (*Morgan Stanley*, *Goldman Sachs*),
#: recognised as a whole run of capitalised words (not in :data:`KNOWN_ORGANIZATIONS`).
FIRM_NAMES: frozenset[str] = frozenset(
    name.strip() for name in _FIRM_NAMES.split("|") if name.strip()
)

#: Organisations whose names carry no organisation head word, with agencies and outlets.
KNOWN_ORGANIZATIONS: frozenset[str] = frozenset(
    {name.strip() for name in _ORGANIZATION_NAMES.split("|") if name.strip()}
    | {variant for variants in AGENCIES.values() for variant in variants if len(variant) > 2}
)

#: Demonyms that are also given names: before another name they open a person's name.
DEMONYM_FIRST_NAMES: frozenset[str] = _words("Dane Finn German Pole Kiwi Jordanian")

#: Places the gazetteer lacks whose last word would make them organisations (*West Bank*).
EXTRA_PLACES: Mapping[str, str] = MappingProxyType({"West Bank": "PS"})

#: All-capital words that are no organisation: units, measures, eras, media, diseases.
NON_ORGANIZATION_ACRONYMS: frozenset[str] = _words(
    """
    TV CEO CFO COO GDP TB GNP CPI PPI VAT AIDS HIV SARS DNA RNA OK AM PM BC AD CE BCE II III IV
    VI VII VIII IX XI XII ID PC CD DVD SMS MP MPS PR IQ USD EUR GMT UTC EST EDT PST PDT CST
    CDT ET PT SUV IPO ICBM ICBMS WMD NGO NGOS DMZ VIP VIPS FAQ PDF URL IT AI UFO RPG POW
    POWS MIA LNG LPG OPS HQ ATTENTION ADDS UPDATE URGENT NOTE END MORE CORRECTED REPEAT
    POTUS FLOTUS VP MVP QC KC MEP MEPS MLA MLAS MSP MSPS OBE MBE CBE KBE PHD MBA LLB BSC MSC
    MW KW GW MWH KWH BPD LSD HTML HTTP XML API USB GPS VR AR XP LBO MBO ETF REIT IE EG PS PPS
    LOL OMG FYI ASAP RIP BBQ TBA TBC DIY FILE PHOTO PHOTOS VIDEO IMAGE WATCH LISTEN READ RELATED
    CLICK
    """
)

#: Capitalised words that make a run something other than a person: events, works, laws,
#: features of the land, buildings, faiths, languages.
NON_PERSON_WORDS: frozenset[str] = _words(
    """
    war wars prize peace cup games marathon olympics olympic summit day days year era age dynasty
    empire revolution mosque temple shrine cathedral street avenue road square bridge
    airport station stadium palace building river sea ocean lake mountain
    mountains mount island islands valley bay gulf strait straits peninsula canal coast
    desert forest zone province county district region prefecture border line act far rim
    treaty accord agreement convention declaration plan initiative report index award
    festival show series prix championship championships open tour flight operation
    internet web bible koran quran islam god christmas easter ramadan eid hajj
    english arabic french spanish german russian chinese japanese korean latin hebrew
    republican republicans democrat democrats communist communists muslim muslims
    christian christians catholic catholics jewish jews buddhist hindu sunni shiite shia
    kurd kurds arab arabs western eastern northern southern middle
    uss hms rms hmas hmcs shuttle orbiter orbiters spacecraft collection collections arena
    boulevard railway reactor refuge wat pagoda abbey basilica chapel castle fortress monument
    memorial plaza pact camp
    points rewards
    continued continues advertisement
    """
)

#: Lower-case nouns of things with names (*the aid ship Mavi Marmara*, *the film Avatar*): a
#: run of capitalised words right after one, or after one and a comma, names that thing.
#: Nouns that are also common verbs (*show*, *play*, *book*) are left out: *records show
#: Jane Roe*.
THING_NOUNS: frozenset[str] = _words(
    """
    ship ships vessel boat ferry tanker freighter carrier warship submarine destroyer frigate
    cruiser yacht liner shuttle spacecraft satellite rocket aircraft plane film movie
    documentary novel memoir album song series programme sitcom opera musical newspaper
    magazine temple shrine hotel restaurant painting sculpture exhibition brand band stadium
    """
)

#: Words of picture captions and labels (*Image: Jane Roe*, *EXCLUSIVE*): never part of a
#: person's name, even when printed against one.
CAPTION_WORDS: frozenset[str] = _words(
    "image images photo photos video videos exclusive caption graphic illustration file"
)

#: What links a caption word to the name of the photographer it credits (*Photo: Jane Roe*,
#: *Photo by Jane Roe*, *AP Photo/Jane Roe*); a name printed against a slash (*Jane
#: Roe/Reuters*) is a credit as well.
CREDIT_LINKS: frozenset[str] = _words(": / by")

#: Lower-case nouns of businesses: a run of capitalised words right after one, or after one
#: and a comma (*investment bank Goldman Sachs*, *the company, Kinder Morgan,*), names a firm.
FIRM_NOUNS: frozenset[str] = _words(
    """
    company firm bank lender insurer automaker carmaker retailer conglomerate giant
    brokerage broker manufacturer contractor supplier chipmaker drugmaker conglomerate
    """
)

#: Nouns of bodies that print a body's name right after them (*the rights group Memorial*,
#: *the newspaper Pravda*): a word so printed anywhere in a story names no person there.
BODY_NOUNS: frozenset[str] = FIRM_NOUNS | _words(
    """
    group organisation organization agency party union charity newspaper daily weekly
    magazine paper website broadcaster network station channel movement association
    foundation institute network airline carrier
    """
)

#: Words after a name and its possessive that only a business has (*Morgan Stanley's
#: shares*, *Kinder Morgan's chief executive*).
FIRM_POSSESSIONS: frozenset[str] = _words(
    "shares stock stocks shareholders subsidiary subsidiaries unit board ceo earnings profit"
)

#: Verbs of the market after *shares* or *stock* (*Lockheed Martin shares rose*).
MARKET_VERBS: frozenset[str] = _words(
    """
    rose fell climbed gained jumped slipped dropped closed ended traded were slid surged
    tumbled plunged sank soared added lost edged rallied dipped declined advanced
    """
)

#: Family and household nouns: a single capitalised word right after one (*his wife, Ann*,
#: *her son Omar*) names a person.
KIN_NOUNS: frozenset[str] = _words(
    """
    wife husband son daughter father mother brother sister uncle aunt cousin nephew niece
    grandson granddaughter grandfather grandmother widow widower fiancee fiance girlfriend
    boyfriend partner stepson stepdaughter stepfather stepmother
    """
)

#: The gender each gendered family noun tells of the name after it (*his wife, Ann*).
KIN_GENDERS: Mapping[str, Gender] = MappingProxyType(
    {
        **dict.fromkeys(
            _words(
                "husband son father brother uncle nephew grandson grandfather widower fiance"
                " boyfriend stepson stepfather"
            ),
            "male",
        ),
        **dict.fromkeys(
            _words(
                "wife daughter mother sister aunt niece granddaughter grandmother widow"
                " fiancee girlfriend stepdaughter stepmother"
            ),
            "female",
        ),
    }
)

#: Verbs and particles of headlines (*Clinton Speaks Out*, *Mayor Slams Plan*): in a line set in
#: title case they end a name, besides the verbs the cue lexicon knows.
HEADLINE_WORDS: frozenset[str] = _words(
    """
    speaks talks slams blasts hits backs rejects meets visits quits resigns wins loses
    leads joins faces seeks eyes mulls weighs plans pushes pledges hails praises attacks
    out up back down off over again
    """
)

#: Verbs of speech: a single capitalised word next to one (*Roe said*, *said Roe.*) that is
#: no place, organisation or common word is a person named once.
SPEECH_VERBS: frozenset[str] = _words("said says told added asked explained wrote recalled")

#: Last words of newspapers named after their city (*Edmonton Sun*, *Toronto Star*): after a
#: place they make an organisation, not a person.
OUTLET_WORDS: frozenset[str] = _words(
    "sun star mail globe observer mirror examiner inquirer courier sentinel gazette bulletin"
    " dispatch chronicle advertiser"
)

#: Lower-case organisation nouns that a country or demonym before them makes an
#: organisation's name (*the Cuban government*, *Kenyan police*, *the Canadian foreign
#: ministry*); a portfolio word may stand between (:data:`TITLE_MODIFIERS`).
ORGANIZATION_DESCRIPTIONS: frozenset[str] = _words(
    "government ministry police army navy embassy parliament cabinet administration regime"
    " consulate"
)

#: Prepositions of place: an unknown run of capitalised words right after one (*in Novi
#: Travnik*, *near Point Arguello*) is a place the gazetteer lacks, not a person.
LOCATIVES: frozenset[str] = _words("in near outside inside")

#: Words that open sentences and are never a name's first word, whatever their case.
SENTENCE_OPENERS: frozenset[str] = _words(
    """
    asked despite multiple speaking following according meanwhile earlier later today
    yesterday tonight tomorrow however nevertheless moreover furthermore besides instead
    several many some most few both neither either such other another asked told noting
    citing referring responding answering adding describing calling saying insisting
    under over after before since during within without against toward towards among
    amid amidst beyond through throughout along across around behind below above beneath
    despite unlike like given having being once whether although though because unless
    until while when where what who whom whose which why how if then there here also still
    yet even just only not no yes please let
    """
)

#: Reporting verbs that open an inverted attribution (*Replied Doe:*, *Added the mayor,*) and
#: are nobody's given name: opening a sentence, they are never a name's first word.
CUE_OPENERS: frozenset[str] = _words(
    """
    replied added explained continued noted recalled answered responded insisted remarked
    countered retorted quipped conceded acknowledged admitted argued stressed warned cautioned
    concluded declared observed stated wrote complained interjected agreed offered
    """
)

#: Reporting verbs that are also given names (*Said Hamdan*): opening a sentence they are a
#: verb only next to a quotation (*Said Roe, "..."*, *"...," Said Roe*).
NAME_LIKE_CUES: frozenset[str] = _words("said says")

#: Capitalised adjectives of a people, a faith or a race (*Black voters*, *Buddhist monks*,
#: *Indigenous leaders*): the first word of no person's name, though some end one (*Conrad
#: Black*). Given names (*Christian*) are left out.
GROUP_ADJECTIVES: frozenset[str] = _words(
    """
    black white indigenous aboriginal buddhist muslim hindu sikh jewish catholic protestant
    islamic evangelical orthodox
    """
)

#: Verbs that follow a surname more than a noun follows an adjective (*Black was there*).
AUXILIARIES: frozenset[str] = _words(
    "is was has had will would could can did does also who spoke says tells"
)

#: Months that are also given names (*April*, *May*, *June*, and the abbreviations *Jan* and
#: *Jun* of *Jan Egeland*, *Jun Ishii*; the others are never names):
#: before a number (*April 13*) or after a preposition (*in June*) they are dates.
NAME_MONTHS: frozenset[str] = _words("april may june jan jun")

#: Words before a month that make it a date (*since June*, *the June summit*).
BEFORE_DATES: frozenset[str] = _words(
    "in on since until till by before after during from to through early late mid last next"
    " this the"
)

#: Third-person pronouns with the gender they tell. *it* is left out: it is mostly a dummy
#: subject (*it is*, *it said on Tuesday* aside); *its* is kept for organisations.
PRONOUNS: Mapping[str, Gender | None] = MappingProxyType(
    {
        **dict.fromkeys(("he", "him", "his", "himself"), "male"),
        **dict.fromkeys(("she", "her", "hers", "herself"), "female"),
        **dict.fromkeys(("they", "them", "their", "theirs", "themselves", "its"), None),
    }
)


# Coreference ------------------------------------------------------------------------------
# The words :mod:`newsfacts.entities.coref` groups mentions and resolves pronouns and
# descriptions by.

#: Honorifics: give a gender (or none, for Dr.) and a printed alias, but are not titles.
ADDRESS_FORMS: Mapping[str, Gender | None] = MappingProxyType(
    {"mr": "male", "mrs": "female", "ms": "female", "miss": "female", "mx": None, "messrs": None}
)
MALE_WORDS = _words(
    "mr sir lord king prince duke emperor baron count monsieur senor herr spokesman"
    " congressman chairman businessman assemblyman councilman alderman father husband son"
    " brother uncle nephew grandfather widower actor sheikh"
)
FEMALE_WORDS = _words(
    "mrs ms miss madam madame mme dame lady queen princess duchess empress baroness countess"
    " senora frau spokeswoman congresswoman chairwoman businesswoman assemblywoman"
    " councilwoman mother wife daughter sister aunt niece grandmother widow actress"
)
#: Titles printed as part of a name: ``Pope John Paul II``, ``King Abdullah``.
REGNAL_TITLES = _words("pope king queen prince princess emperor empress sultan emir sheikh")
#: Generational suffixes: part of a printed name, never its surname.
NAME_SUFFIXES = _words("jr sr ii iii iv")
#: Family names that open a name printed family name first (``Li Peng``, ``Lee Kuan Yew``).
#: Kept to names that are rarely Western given names, so ``Robert Lee`` stays Western.
FAMILY_NAMES_FIRST = _words(
    "kim lee park choi choe jung jeong kang cho yoon yun jang lim han shin oh seo kwon hwang"
    " ahn song hong moon ri pak chang wang li zhang liu chen yang huang zhao wu zhou xu sun"
    " ma zhu hu guo lin luo xi jiang deng mao wen tang hua zeng peng lu cao yu xiao ye wei"
    " qian tan nguyen tran pham le hoang phan vu dang bui do ngo duong ly goh ng teo ong chua"
    " koh yeo sim chan wong cheung leung lau tsang kwok lam tung hun"
)

#: What a description's head noun may stand for in a person's titles: the noun itself always
#: does (``the minister`` matches ``Foreign Minister``); these add the roles it covers.
ROLE_SYNONYMS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "diplomat": (
            "secretary of state",
            "foreign minister",
            "foreign secretary",
            "minister of foreign affairs",
            "foreign affairs minister",
            "ambassador",
            "envoy",
            "diplomat",
        ),
        "envoy": ("ambassador", "special representative", "envoy"),
        "leader": (
            "president",
            "prime minister",
            "premier",
            "chairman",
            "chancellor",
            "king",
            "queen",
            "emperor",
            "leader",
            "head of state",
            "dictator",
        ),
        "premier": ("prime minister", "premier"),
        "official": (
            "minister",
            "secretary",
            "official",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "adviser",
            "advisor",
            "director",
            "commissioner",
            "ambassador",
            "envoy",
            "aide",
        ),
        "spokesman": ("spokesman", "spokesperson", "press secretary"),
        "spokeswoman": ("spokeswoman", "spokesperson", "press secretary"),
        "spokesperson": ("spokesman", "spokeswoman", "spokesperson", "press secretary"),
        "lawmaker": (
            "senator",
            "congressman",
            "congresswoman",
            "representative",
            "lawmaker",
            "legislator",
            "mp",
        ),
        "legislator": ("senator", "congressman", "congresswoman", "lawmaker", "legislator"),
        "executive": ("chief executive", "ceo", "chairman", "executive", "president"),
        "commander": ("general", "commander", "admiral", "chief of staff"),
        "general": ("general",),
        "monarch": ("king", "queen", "emperor", "empress", "monarch"),
        "pontiff": ("pope", "pontiff"),
        # A title's abbreviation covers the role it abbreviates (``Sen. Jo Roe`` is ``the
        # senator``, ``Rep. Jo Roe`` ``the congresswoman``).
        "senator": ("sen", "senator"),
        "congressman": ("rep", "congressman", "representative"),
        "congresswoman": ("rep", "congresswoman", "representative"),
        "representative": ("rep", "representative"),
        "governor": ("gov", "governor"),
    }
)
#: Organisation descriptions: ``the company`` or ``the firm`` means a business, known by the
#: last word of its name.
COMPANY_DESCRIPTIONS = _words("company firm group concern business")
COMPANY_NAME_ENDS = _words(
    "inc corp corporation co ltd plc llc ag sa nv gmbh group holdings company industries"
    " motors airlines airways bank"
)
#: First words shared by too many company names to stand for one (``General``, ``First``).
GENERIC_FIRST_WORDS = _words(
    "general national united first new international global royal standard continental"
    " pacific atlantic central southern northern eastern western north south east west"
    " american british the"
)
#: Place descriptions: ``the country`` means the most recent country, and so on.
PLACE_DESCRIPTIONS: Mapping[str, str] = MappingProxyType(
    {
        "country": "country",
        "nation": "country",
        "city": "city",
        "capital": "city",
        "town": "city",
        "state": "region",
        "province": "region",
        "region": "region",
    }
)
#: Words that close the head of a title or an organisation name: ``Secretary of State``,
#: ``Ambassador to the Philippines``, ``Ministry of Defence``.
HEAD_STOPS = _words("of to for at in on from with and")
#: A mention right after one of these is in a prepositional phrase: not a sentence subject.
PREPOSITIONS = _words(
    "in on at by for from with to of about against between into through under over after"
    " before during since without within among toward towards near like than via including"
)
ORGANIZATION_FUNCTION_WORDS = _words("of the and for on in at & de du des la le")

MALE_PRONOUNS = _words("he him his himself")
FEMALE_PRONOUNS = _words("she her hers herself")
NOMINATIVE_PRONOUNS = _words("he she it they")
PLURAL_PRONOUNS = _words("they them their theirs themselves")
NEUTER_PRONOUNS = _words("it its itself")
