"""The Danish language of the synthetic minutes: names, committees and sentences.

All of it is invented for this project. Sentence templates hold placeholders that are
filled in two steps: numbers (``{n}``, ``{p}``, ``{m}``, ``{t}``) once, when the sentence
pools are built (:mod:`referat.synth.pools`), and the meeting's own facts (``{k}`` the
municipality, ``{y}`` the year, ``{ny}`` next year, ``{py}`` last year, ``{u}`` the body)
each time a paragraph is used. The topics are in :mod:`referat.synth.topics`.
"""

from __future__ import annotations

# --- fictional municipalities --------------------------------------------------------------
#: (name, code, town-hall town, other towns, council name). Codes are not official codes.
MUNICIPALITIES: tuple[tuple[str, int, str, tuple[str, ...], str], ...] = (
    ("Nordfjord", 901, "Nordfjord", ("Fjordby", "Sandhavn"), "Byrådet"),
    ("Skovlund", 902, "Skovlund", ("Egemark", "Bøgeskov"), "Kommunalbestyrelsen"),
    ("Havbjerg", 903, "Havbjerg", ("Havbjerg Strand", "Klitby"), "Byrådet"),
    ("Lyngmose", 904, "Lyngmose", ("Mosebjerg", "Lyngholt"), "Kommunalbestyrelsen"),
    ("Bakkedal", 905, "Bakkedal", ("Bakkehuse", "Dalbo"), "Byrådet"),
    ("Vesterå", 906, "Vesterå", ("Åmose", "Vesterå Havn"), "Byrådet"),
    ("Kildebro", 907, "Kildebro", ("Kildeby", "Brovad"), "Kommunalbestyrelsen"),
    ("Strandhede", 908, "Strandhede", ("Hedeby", "Strandmark"), "Byrådet"),
)
#: Parts of further fictional names, for corpora that need more than eight municipalities.
NAME_HEADS = ("Nord", "Syd", "Øster", "Vester", "Skov", "Hav", "Lyng", "Bakke", "Kilde", "Strand", "Hede", "Mose",
              "Eng", "Birke", "Ege", "Bøge", "Sten", "Sand", "Klint", "Fjord", "Å", "Sø", "Bjerg", "Dal",
              "Lunde", "Ravne", "Ørne", "Trane", "Hjorte", "Ulve")
NAME_TAILS = ("fjord", "lund", "bjerg", "mose", "dal", "å", "bro", "hede", "vang", "holm", "toft", "strup",
              "rød", "havn", "næs", "skov", "sø", "eng", "kær", "vig")

# --- people ----------------------------------------------------------------------------------
FIRST_NAMES = (
    "Anne", "Mette", "Lars", "Jens", "Karin", "Ahmad", "Birgitte", "Søren", "Hanne", "Mikkel", "Lene", "Ole",
    "Fatima", "Thomas", "Ida", "Rasmus", "Signe", "Bjørn", "Tove", "Jørgen", "Camilla", "Peter", "Susanne",
    "Henrik", "Louise", "Niels", "Pia", "Kim", "Helle", "Martin", "Dorthe", "Jesper", "Marianne", "Anders",
    "Lise", "Torben", "Charlotte", "Morten", "Inger", "Claus", "Bente", "Kasper", "Nanna", "Erik", "Gitte",
    "Mads", "Rikke", "Poul", "Connie", "Villy", "Tina", "Kristian", "Yasmin", "Emil", "Julie", "Frederik",
    "Sofie", "Hassan", "Aylin", "Bo", "Vibeke", "Steen", "Trine", "Jacob", "Malene", "Flemming", "Line",
    "Carsten", "Britt", "Allan", "Sanne", "Preben", "Maja", "Ulla", "Dennis", "Heidi", "Leif", "Birthe",
)
MIDDLE_NAMES = ("Marie", "Lykke", "Skov", "Holm", "Bach", "Juul", "Krag", "Munk", "Kirk", "Bonde", "Dam",
                "Vinther", "Hald", "Brink")
LAST_NAMES = (
    "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
    "Mølgaard", "Kjær", "Holm", "Friis", "Lund", "Dahl", "Bech", "Krogh", "Vestergaard", "Østergaard", "Madsen",
    "Kristensen", "Olsen", "Thomsen", "Poulsen", "Johansen", "Møller", "Mortensen", "Jørgensen", "Petersen",
    "Frederiksen", "Laursen", "Clausen", "Simonsen", "Eriksen", "Bak", "Lauridsen", "Iversen", "Mikkelsen",
    "Knudsen", "Damgaard", "Overgaard", "Kirkegaard", "Nørgaard", "Bruun", "Skov", "Winther", "Berg",
    "Thygesen", "Storm", "Lindberg", "Hedegaard", "Gravesen", "Bodholdt", "Rahimi", "Yilmaz", "Demir",
    "Ali", "Hussein", "Kowalski", "Nowak", "Lassen", "Buch", "Toft", "Brandt", "Schmidt", "Koch",
)
PARTIES = ("A", "B", "C", "F", "I", "K", "M", "O", "V", "Ø", "Å", "Æ")
#: How often each party letter is drawn for a seat (rough shares of seats, not real results).
PARTY_WEIGHTS = (30, 5, 12, 9, 4, 1, 3, 5, 22, 5, 2, 2)
OFFICIALS = (
    ("jobcenterchef", "Jobcentret"), ("afdelingsleder", "Ungeenheden"), ("afdelingsleder", "Virksomhedsservice"),
    ("teamleder", "Sygedagpengeteamet"), ("centerchef", "Center for Job og Social"),
    ("økonomikonsulent", "Økonomi og Analyse"), ("integrationskoordinator", "Integration og Netværk"),
    ("afdelingsleder", "Fleksjob og Ressourceforløb"),
)

# --- bodies -----------------------------------------------------------------------------------
#: Standing committees that minute employment and social cases: (name, prefix).
COMMITTEES: tuple[tuple[str, str], ...] = (
    ("Udvalget for Job og Beskæftigelse", "JB"),
    ("Arbejdsmarkeds- og Integrationsudvalget", "AIU"),
    ("Beskæftigelsesudvalget", "BEU"),
    ("Udvalget for Job, Arbejdsmarked og Integration", "JAI"),
    ("Social- og Beskæftigelsesudvalget", "SBU"),
    ("Udvalget for Erhverv, Beskæftigelse og Uddannelse", "EBU"),
    ("Job- og Integrationsudvalget", "JIU"),
    ("Udvalget for Job & Integration", "JOI"),
)
SECOND_COMMITTEES: tuple[tuple[str, str], ...] = (
    ("Social- og Sundhedsudvalget", "SSU"),
    ("Børne- og Ungeudvalget", "BUU"),
    ("Udvalget for Social, Sundhed og Ældre", "SSÆ"),
    ("Udvalget for Børn & Unge", "BU"),
)
FINANCE_COMMITTEE = ("Økonomiudvalget", "ØU")
#: Who introduces the recommendation, by house style.
RECOMMENDERS = {
    "lejre": ("Direktionen indstiller:",),
    "lemvig": ("Direktøren for Social, Sundhed og Arbejdsmarked indstiller,",
               "Direktøren for Arbejdsmarked og Borgerservice indstiller,"),
    "slagelse": ("Arbejdsmarkedschefen indstiller,", "Jobcenterchefen indstiller,"),
    "albertslund": ("Direktøren for By, Kultur og Beskæftigelse indstiller,",
                    "Direktøren for Børn, Unge & Beskæftigelse indstiller,"),
    "portal": ("Forvaltningen indstiller,", "Direktionen indstiller,", "Jobcenterchefen indstiller,"),
}
LOCATIONS = (
    "Byrådssalen, {k} Rådhus", "Mødelokale {n}, {k} Rådhus", "Udvalgsværelse {n}, Rådhuset",
    "Jobcenter {k}, Mødelokale {n}", "Teams", "Webex", "Mødelokale Fjorden, Rådhuset",
    "Kantinen, Jobcenter {k}", "{k} Rådhus, Torvet 1 - Mødelokale Udsigten", "Lokale {n}, Rådhuset",
)
COUNCIL_LOCATIONS = ("Byrådssalen, {k} Rådhus", "Rådhussalen, {k} Rådhus", "Kommunalbestyrelsessalen, Rådhuset")

# --- dates ------------------------------------------------------------------------------------
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
          "november", "december")
WEEKDAYS = ("Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag", "Lørdag", "Søndag")

# --- standard items ---------------------------------------------------------------------------
#: (title, outcome phrases) of the items that open and close a meeting.
OPENING = ("Godkendelse af dagsorden",)
CLOSING = ("Eventuelt", "Godkendelse af referat")
NEWS_TITLES = ("Meddelelser", "Orientering fra formanden", "Gensidig orientering", "Orientering fra direktøren",
               "Orientering {month} {y}", "Punkter til kommende møder")
NEWS_LINES = (
    "Formanden orienterede om dialogmødet med {k} Erhvervsråd.",
    "Direktøren orienterede om status på rekrutteringen af en ny jobcenterchef.",
    "Udvalget blev orienteret om en henvendelse fra en borger om ventetiden på en afklaring.",
    "Administrationen orienterede om det kommende temamøde om beskæftigelsesreformen.",
    "Der blev orienteret om antallet af nye flygtninge, der forventes visiteret til {k} Kommune.",
    "Formanden orienterede om KL's beskæftigelseskonference.",
    "Administrationen orienterede om, at tilsynet med jobcentret er afsluttet uden bemærkninger.",
    "Der blev orienteret om status på sagsbehandlingstiderne på sygedagpengeområdet.",
    "Udvalget blev orienteret om et nyt samarbejde med den lokale erhvervsskole.",
)
CLOSED_TITLES = ("Personalesag", "Klagesag", "Budgetkatalog {ny}-{ny3} vedrørende beskæftigelsesområdet",
                 "Udbud af mentorforløb", "Køb af forløb hos ekstern leverandør", "Orientering om tilsynssag",
                 "Aftale med privat leverandør om ressourceforløb", "Salg af ejendom", "")
NOTES = (
    "Præsentationen fra mødet vedlægges referatet som bilag.",
    "Oplægget inklusiv spørgsmål og svar vedlægges referatet.",
    "Udvalget ønsker en status igen i {next_month}.",
    "Administrationen følger op på udvalgets spørgsmål til næste møde.",
    "Udvalget bad om, at nøgletallene fremover opdeles på alder.",
)

#: Sentences any presentation can use.
COMMON = (
    "Administrationen vurderer, at indsatsen kan gennemføres inden for den eksisterende ramme.",
    "Erfaringerne fra andre kommuner viser, at en tidlig og virksomhedsrettet indsats virker.",
    "Sagen har været drøftet med de faglige organisationer og med handicaprådet.",
    "Der følges op på resultaterne hvert kvartal i ledelsesinformationen.",
    "Borgerne inddrages gennem dialogmøder og en digital høring.",
    "Indsatsen evalueres efter et år, og udvalget orienteres om resultaterne.",
    "Målsætningen er, at flere borgere i {k} Kommune skal være en del af arbejdsfællesskabet.",
    "Samarbejdet med virksomhederne er fundamentet for, at beskæftigelsesindsatsen lykkes.",
    "Der arbejdes på tværs af fagområderne arbejdsmarked, sundhed og socialområdet.",
    "Indsatsen er finansieret af en bevilling i budget {y}.",
    "Sagsbehandlerne har gennemført en systematisk opkvalificering i jobrettede samtaler.",
    "Covid-19 og omorganiseringen af indsatsen forklarer en del af udviklingen.",
    "Jobcentret har et godt lokalt kendskab til virksomhederne og til de lediges kompetencer.",
    "Den digitale selvbetjening har reduceret antallet af henvendelser i borgerservice.",
    "{k} Kommune ligger på niveau med sammenlignelige kommuner.",
    "Retssikkerheden for borgerne skal have særlig opmærksomhed, når der træffes afgørelser om sanktioner.",
)
ASSESSMENTS = (
    "Det er administrationens vurdering, at indsatsen har en positiv effekt på beskæftigelsen.",
    "Administrationen vurderer, at målene kan nås inden for den eksisterende budgetramme.",
    "Det vurderes, at der er behov for et fortsat stærkt fokus på de unges valg af uddannelse.",
    "Administrationen anbefaler, at erfaringerne fra forløbet indgår i den fremtidige organisering.",
    "Det er administrationens vurdering, at rettidigheden kan sikres gennem skarp styring.",
)
ECONOMY = (
    "Sagen har ingen økonomiske konsekvenser.",
    "Økonomi og HR har ingen bemærkninger.",
    "Udgiften på {m} mio. kr. afholdes inden for udvalgets ramme.",
    "Udgifterne forventes at kunne afholdes inden for det nuværende driftsbudget.",
    "Merudgiften finansieres af den statslige refusion og af puljemidler.",
    "Ingen bemærkninger.",
)
LEGAL = ("Lov om aktiv beskæftigelsesindsats.", "Lov om en aktiv beskæftigelsesindsats, kapitel 11.",
         "Integrationsloven.", "Lov om sygedagpenge.", "Lov om kommunernes styrelse, § 17, stk. 4.",
         "Lov om organisering og understøttelse af beskæftigelsesindsatsen m.v.", "Ingen bemærkninger.")
POLICY = ("Strategi for beskæftigelse.", "Strategi for integration.", "Beskæftigelsespolitik {y}-{ny3}.",
          "Kommunens vision om flere i job og uddannelse.")
OPTIONS = ("Udvalget kan tage sagen til orientering.", "Udvalget kan godkende indstillingen eller bede "
           "administrationen om et nyt forslag.", "Udvalget kan vælge at udsætte beslutningen til næste møde.")
CONSEQUENCES = ("Ingen bemærkninger.", "Sagen har betydning for Center for Børn og Unge og for Sundhed og Ældre.")
DIRECTORS = ("Direktøren", "Jobcenterchefen", "Centerchefen")
