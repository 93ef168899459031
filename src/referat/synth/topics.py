"""The themes of the synthetic minutes: employment and social policy, with the words to write about each.

Placeholders are filled as in :mod:`referat.synth.content`: numbers once when the sentence pools
are built, the meeting's facts each time a sentence is used.
"""

from __future__ import annotations

from typing import TypedDict


class Topic(TypedDict):
    """One theme of employment and social policy, with the words to write about it."""

    key: str
    kle: str
    table: str | None
    titles: tuple[str, ...]
    kinds: str
    summary: tuple[str, ...]
    body: tuple[str, ...]
    recs: dict[str, tuple[str, ...]]
    attachments: tuple[str, ...]


# Each topic: key, KLE subject code, titles, kinds it can take (O orientering, D drøftelse,
# B beslutning i udvalget, C beslutning i byrådet), summary sentences, presentation
# sentences, recommendations per kind, attachment titles, and the table it may carry.
TOPICS: tuple[Topic, ...] = (
    {
        "key": "tilsyn", "kle": "15.20.00", "table": "focus",
        "titles": ("Status på skærpet tilsyn", "Jobcentrets handleplan for skærpet tilsyn",
                   "Opfølgning på det skærpede tilsyn med jobcentret"),
        "kinds": "OOBD",
        "summary": (
            "Jobcenter {k} er kommet under skærpet tilsyn, fordi for få ydelsesmodtagere har fået en aktiv "
            "indsats inden for de seneste tolv måneder.",
            "Udvalget præsenteres for jobcentrets handleplan for at komme ud af det skærpede tilsyn.",
            "Beskæftigelsesministeren har meddelt, at {k} Kommune fortsat er under skærpet tilsyn.",
            "Sagen giver en status på fokusrådene for samtaler og aktiv indsats.",
        ),
        "body": (
            "Når et jobcenter er under skærpet tilsyn, følger en genopretningsperiode på ni måneder, hvor "
            "jobcentret skal arbejde efter en godkendt handleplan.",
            "Opfyldelsen af fokusrådet om aktiv indsats var {p} pct. ved seneste opgørelse, mens kravet er 80 pct.",
            "Fokusrådet om samtaler er opfyldt, idet {p} pct. af ydelsesmodtagerne har haft mindst fire samtaler.",
            "Hvis fremgangen udebliver, kan jobcentret få besøg af en taskforce fra Styrelsen for Arbejdsmarked og "
            "Rekruttering.",
            "Handleplanen prioriterer virksomhedsrettede tilbud til borgere med mere end tolv måneders anciennitet.",
            "Jobcentret har oprettet {n} ekstra pladser i virksomhedspraktik for at indhente efterslæbet.",
            "Det skærpede tilsyn ophæves, når jobcentret ved to opgørelser i træk opfylder fokusrådene.",
            "Rettidigheden i aktiveringsforløbene følges hver måned i jobcentrets ledelsesinformation.",
        ),
        "recs": {"O": ("at udvalget tager status på det skærpede tilsyn til efterretning",),
                 "D": ("at udvalget drøfter jobcentrets indsats under det skærpede tilsyn",),
                 "B": ("at udvalget godkender handleplanen for det skærpede tilsyn",)},
        "attachments": ("Handleplan for skærpet tilsyn", "Brev fra Beskæftigelsesministeren",
                        "Jobcenterindblik {y}"),
    },
    {
        "key": "reform", "kle": "15.00.00", "table": None,
        "titles": ("Temadrøftelse om beskæftigelsesreformen", "Implementering af beskæftigelsesreformen 2025",
                   "Ny organisering af beskæftigelsesindsatsen efter reformen"),
        "kinds": "DDOBC",
        "summary": (
            "I april 2025 blev der indgået en aftale om en reform af beskæftigelsesindsatsen, som afskaffer "
            "jobcenterregimet og giver kommunerne frihed i organiseringen.",
            "Sagen beskriver beskæftigelsesreformens konsekvenser for {k} Kommune.",
            "Udvalget skal drøfte, hvordan beskæftigelsesindsatsen skal organiseres, når reformen træder i kraft.",
        ),
        "body": (
            "Beskæftigelsesreformen forenkler målgrupperne fra tretten til fire og afskaffer en lang række "
            "proceskrav.",
            "Reformen giver a-kasserne ansvaret for de ledige dagpengemodtagere i de første måneder af "
            "ledighedsforløbet.",
            "Reformen indebærer en reduktion af udgifterne til beskæftigelsesindsatsen på {m} mia. kr. på landsplan.",
            "Besparelsen fordeles mellem kommunerne, og det forventes, at {k} Kommune rammes forholdsvis hårdt.",
            "Administrationen foreslår et program med seks projekter, der skal forberede implementeringen.",
            "Borgerne skal fremover mødes af en individuelt tilrettelagt indsats frem for faste proceskrav.",
            "Sanktionssystemet forenkles, så det bliver lettere for borgerne at forstå konsekvenserne.",
            "Frisættelsen giver mulighed for at samle indsatserne for ledige og sygemeldte i én enhed.",
        ),
        "recs": {"O": ("at udvalget tager orienteringen om beskæftigelsesreformen til efterretning",),
                 "D": ("at udvalget drøfter beskæftigelsesreformens betydning for indsatsen",),
                 "B": ("at udvalget godkender programorganiseringen for implementering af reformen",),
                 "C": ("at den nye organisering af beskæftigelsesindsatsen godkendes",)},
        "attachments": ("Aftale om beskæftigelsesreform", "Aftale om udmøntning af beskæftigelsesreformen",
                        "Program for implementering af reformen - figur"),
    },
    {
        "key": "voksenlærling", "kle": "15.20.00", "table": "counts",
        "titles": ("Status på voksenlærlingeindsatsen", "Opkvalificering af ufaglærte til faglærte",
                   "Voksenlærlinge i ældreplejen"),
        "kinds": "OOBD",
        "summary": (
            "Sagen giver en status på indsatsen for at få flere ledige i gang som voksenlærlinge.",
            "Flere ufaglærte ledige skal uddannes som voksenlærlinge i virksomhederne.",
            "Udvalget orienteres om resultaterne af voksenlærlingeordningen i {py}.",
        ),
        "body": (
            "I {py} startede {n} ledige i et voksenlærlingeforløb, heraf de fleste inden for social- og "
            "sundhedsområdet.",
            "Voksenlærlingeordningen giver virksomhederne et tilskud, når de ansætter en voksenlærling over 25 år.",
            "Jobcentret samarbejder med erhvervsskolerne om at finde praktikpladser til voksenlærlingene.",
            "Frafaldet blandt voksenlærlinge er faldet til {p} pct.",
            "Mange voksenlærlinge får fast ansættelse i den virksomhed, hvor de har gennemført uddannelsen.",
            "Opkvalificeringen af ufaglærte til faglærte er et af de beskæftigelsespolitiske fokusområder.",
            "Der er særligt behov for voksenlærlinge inden for transport, bygge og anlæg samt ældreplejen.",
        ),
        "recs": {"O": ("at udvalget tager status på voksenlærlingeindsatsen til efterretning",),
                 "D": ("at udvalget drøfter mulighederne for flere voksenlærlinge",),
                 "B": ("at udvalget godkender, at der afsættes midler til en særlig indsats for voksenlærlinge",)},
        "attachments": ("Status på voksenlærlinge {y}", "Notat om opkvalificering"),
    },
    {
        "key": "flygtning", "kle": "27.12.00", "table": "refugees",
        "titles": ("Integrationsindsatsen {y}", "Flygtninge og familiesammenførte i beskæftigelse",
                   "Modtagelse af fordrevne fra Ukraine", "Kommunekvote for flygtninge {ny}"),
        "kinds": "OOOBC",
        "summary": (
            "Sagen giver en årsstatus på integrationsindsatsen for flygtninge og familiesammenførte.",
            "Udlændingestyrelsen har fastsat {k} Kommunes kvote for flygtninge for {ny}.",
            "Flere flygtninge og familiesammenførte skal være selvforsørgende.",
            "Udvalget orienteres om modtagelsen af fordrevne fra Ukraine og om boligsituationen.",
        ),
        "body": (
            "{k} Kommunes kvote for flygtninge i {y} var {n} personer.",
            "I {py} modtog kommunen {n} familiesammenførte personer, heraf {n} børn.",
            "Flygtningene tilbydes danskuddannelse og et virksomhedsrettet forløb fra første dag.",
            "Flygtninge betragtes som udgangspunkt som jobparate og indgår i jobtræningsforløb på lokale "
            "virksomheder.",
            "Antallet af borgere omfattet af integrationsprogrammet udgjorde {n} personer ved årets udgang.",
            "Integrationsindsatsen har særligt fokus på kvinder, der ikke er selvforsørgende.",
            "Det har ikke været muligt at finde boliger til alle de fordrevne, og der er oprettet midlertidige "
            "boliger.",
            "Resultattilskuddet udbetales, når en flygtning har været i ustøttet beskæftigelse i seks måneder.",
            "Flygtninges og familiesammenførtes beskæftigelse er steget markant de seneste år.",
            "Flygtningenes vej til arbejdsmarkedet går ofte gennem praktik, løntilskud og en "
            "integrationsgrunduddannelse.",
        ),
        "recs": {"O": ("at udvalget tager årsstatus for integrationsindsatsen til efterretning",),
                 "B": ("at udvalget godkender den lokale fordeling af flygtninge",),
                 "C": ("at kommunekvoten for flygtninge tages til efterretning, og at der afsættes midler til "
                       "midlertidige boliger",)},
        "attachments": ("Årsstatus for integrationsområdet", "Udlændingestyrelsens kvoteudmelding",
                        "Oversigt over boliger til flygtninge"),
    },
    {
        "key": "praktik", "kle": "15.20.00", "table": "orders",
        "titles": ("Virksomhedsrettet indsats og virksomhedspraktik", "Brug af virksomhedspraktikker i {y}",
                   "Virksomhedsservice og jobordrer"),
        "kinds": "OODB",
        "summary": (
            "Virksomhedspraktikker og løntilskud bruges til at bringe ledige tættere på arbejdsmarkedet.",
            "Sagen beskriver udviklingen i virksomhedskontakter, jobordrer og virksomhedspraktikker.",
            "Udvalget præsenteres for en analyse af effekten af virksomhedspraktik.",
        ),
        "body": (
            "Virksomhedsservice havde i {py} kontakt med {n} virksomheder.",
            "{p} pct. af borgerne modtager ikke længere forsørgelsesydelse tre måneder efter en "
            "virksomhedspraktik.",
            "En virksomhedspraktik kan vare op til tretten uger og kan forlænges, når der er særlige behov.",
            "Virksomhedspraktikken bruges til at afklare borgerens kompetencer og til at opbygge et netværk.",
            "Antallet af virksomhedspraktikker er steget med {p} pct. i forhold til samme periode sidste år.",
            "Jobcentret har fokus på, at praktikken skal føre til et ordinært job eller et job med løntilskud.",
            "Virksomhedskonsulenterne arbejder på tværs af målgrupperne og deltager i det tværkommunale "
            "rekrutteringssamarbejde.",
        ),
        "recs": {"O": ("at udvalget tager orienteringen om den virksomhedsrettede indsats til efterretning",),
                 "D": ("at udvalget drøfter brugen af virksomhedspraktik",),
                 "B": ("at udvalget godkender målene for den virksomhedsrettede indsats i {ny}",)},
        "attachments": ("Analyse af virksomhedspraktik", "Virksomhedsindsatsplan {y}"),
    },
    {
        "key": "løntilskud", "kle": "15.20.00", "table": "orders",
        "titles": ("Løntilskud i offentlige og private virksomheder", "Kvoter for offentligt løntilskud {ny}",
                   "Puljen til løntilskud"),
        "kinds": "OBBC",
        "summary": (
            "Sagen handler om fordelingen af kommunens kvote for løntilskud i offentlige virksomheder.",
            "Styrelsen for Arbejdsmarked og Rekruttering har udmeldt kvoten for offentligt løntilskud.",
        ),
        "body": (
            "{k} Kommune har fået en kvote på {n} helårspersoner i løntilskud i offentlige virksomheder.",
            "Løntilskuddet skal bruges målrettet til ledige, der har brug for at opbygge erfaring.",
            "Ansættelser med løntilskud i private virksomheder fører oftere til ordinær beskæftigelse end "
            "offentlige løntilskudsjob.",
            "Løntilskudsjobbene fordeles mellem kommunens centre efter behov.",
            "Der er i {py} etableret {n} løntilskudsjob, heraf {n} i private virksomheder.",
            "Merbeskæftigelseskravet skal være opfyldt, før et løntilskud kan bevilges.",
        ),
        "recs": {"O": ("at udvalget tager orienteringen om løntilskud til efterretning",),
                 "B": ("at udvalget godkender fordelingen af kvoten for offentligt løntilskud",),
                 "C": ("at den foreslåede fordeling af løntilskudsjob godkendes",)},
        "attachments": ("Fordeling af løntilskudskvoter", "Notat om løntilskud"),
    },
    {
        "key": "sygedagpenge", "kle": "15.00.00", "table": "benefits",
        "titles": ("Status på sygedagpengeområdet", "Tidlig indsats for sygemeldte",
                   "Projekt med sygemeldte dagpengemodtagere"),
        "kinds": "OODB",
        "summary": (
            "Sygemeldte borgere på sygedagpenge skal have en tidligere og mere samlet indsats.",
            "Sagen giver en slutstatus for projektet med sygemeldte dagpengemodtagere.",
            "Antallet af sygedagpengesager er steget, og udvalget orienteres om årsagerne.",
        ),
        "body": (
            "Formålet med indsatsen er at afdække de sygemeldtes helbredsmæssige problemer tidligt.",
            "Den sygemeldte møder én sagsbehandler, uanset om borgeren er på sygedagpenge eller raskmelder sig "
            "til dagpenge.",
            "Over hele perioden er der sparet {n} måneders ydelse svarende til ca. {m} mio. kr.",
            "Refusionen fra staten falder, jo længere en borger modtager sygedagpenge.",
            "Sygedagpengesagerne skal følges op inden for otte uger efter første fraværsdag.",
            "Der er ansat en sagsbehandler, som arbejder på tværs af sygedagpenge og a-dagpenge.",
            "Mange af de sygemeldte har psykiske lidelser som stress, angst og depression.",
            "Jobcentret samarbejder med de praktiserende læger om en hurtigere afklaring.",
        ),
        "recs": {"O": ("at udvalget tager status på sygedagpengeområdet til efterretning",),
                 "D": ("at udvalget drøfter indsatsen for sygemeldte",),
                 "B": ("at indsatsen for sygemeldte dagpengemodtagere videreføres som en del af driften",)},
        "attachments": ("Slutevaluering af projektet", "Nøgletal for sygedagpenge {y}"),
    },
    {
        "key": "unge", "kle": "17.27.00", "table": "counts",
        "titles": ("Ungeindsatsen og uddannelsespålæg", "Kommunal ungeindsats {y}",
                   "Unge uden uddannelse og job", "Status på uddannelsesvejledning og indsats ved frafald"),
        "kinds": "OODB",
        "summary": (
            "Unge uden uddannelse får et uddannelsespålæg og en fast kontaktperson i ungeindsatsen.",
            "Sagen giver en status på den kommunale ungeindsats og på frafaldet fra ungdomsuddannelserne.",
            "Udvalget får en introduktion til ungeindsatsen og nytteindsatsen.",
        ),
        "body": (
            "Ungeindsatsen omfatter unge under 25 år, som ikke har gennemført en ungdomsuddannelse.",
            "{n} unge modtog uddannelseshjælp ved udgangen af {py}.",
            "Andelen af unge, der søger ind på en erhvervsuddannelse direkte efter 9. klasse, er {p} pct.",
            "De unge tilbydes forløb på den forberedende grunduddannelse (FGU).",
            "Mange af de unge har psykiske vanskeligheder, misbrug eller har været præget af mistrivsel.",
            "Uddannelsesvejlederne følger de unge, der falder fra en ungdomsuddannelse, inden for fem dage.",
            "Den unges uddannelsesplan skal revideres mindst én gang om året.",
        ),
        "recs": {"O": ("at udvalget tager orienteringen om ungeindsatsen til efterretning",),
                 "D": ("at udvalget drøfter indsatsen for unge uden uddannelse",),
                 "B": ("at udvalget godkender den reviderede ungestrategi",)},
        "attachments": ("Præsentation om ungeindsatsen", "Ungestrategi {y}-{ny}"),
    },
    {
        "key": "akasse", "kle": "15.00.00", "table": None,
        "titles": ("Samarbejde med a-kasserne", "Evaluering af a-kasseforsøget",
                   "A-kassernes rolle i kontaktforløbet"),
        "kinds": "OOD",
        "summary": (
            "A-kasserne overtager kontaktforløbet for de ledige i de første måneder af ledigheden.",
            "Beskæftigelsesministeriet har offentliggjort en evaluering af a-kasseforsøget.",
        ),
        "body": (
            "Ledige, der har haft deres kontaktforløb i a-kassen, har lige så mange samtaler som ledige i "
            "jobcentret.",
            "For ledige i flere af a-kasserne kan der ikke måles signifikante effekter af forsøget.",
            "Jobcentret har sendt {n} henvisninger til a-kasserne med anmodning om rådighedsvurdering.",
            "Samarbejdet med a-kasserne drøftes på et fælles møde to gange om året.",
            "A-kassernes sanktionspraksis kan ikke opgøres for den enkelte kommune.",
        ),
        "recs": {"O": ("at udvalget tager resultaterne af evalueringen til efterretning",),
                 "D": ("at udvalget drøfter samarbejdet med a-kasserne",)},
        "attachments": ("Evaluering af a-kasseforsøget", "Notat om rådighedsvurderinger"),
    },
    {
        "key": "fleksjob", "kle": "15.25.00", "table": "benefits",
        "titles": ("Fleksjob og ledighedsydelse", "Flere timer til borgere i fleksjob",
                   "Reform af førtidspension og fleksjob"),
        "kinds": "OODB",
        "summary": (
            "Flere borgere i fleksjob skal have flere timer, og færre skal på ledighedsydelse.",
            "Sagen beskriver udviklingen i antallet af fleksjob og borgere på ledighedsydelse.",
        ),
        "body": (
            "Antallet af borgere i fleksjob var {n} ved udgangen af {py}.",
            "Fleksjobbere med få timer kan fremover få et job på helt ned til én time om ugen.",
            "Borgere på ledighedsydelse får tilbud om virksomhedspraktik med henblik på et fleksjob.",
            "Virksomhederne efterspørger fleksjobbere inden for service, handel og produktion.",
            "Fleksjobordningen koster kommunen {m} mio. kr. om året efter refusion.",
        ),
        "recs": {"O": ("at udvalget tager orienteringen om fleksjob til efterretning",),
                 "D": ("at udvalget drøfter indsatsen for borgere på ledighedsydelse",),
                 "B": ("at udvalget godkender en særlig indsats for fleksjobbere med få timer",)},
        "attachments": ("Nøgletal for fleksjob", "Notat om fleksjobreformen"),
    },
    {
        "key": "igu", "kle": "27.12.00", "table": None,
        "titles": ("Integrationsgrunduddannelse (IGU)", "IGU-forløb i private virksomheder",
                   "Udvidet integrationsgrunduddannelse"),
        "kinds": "OOB",
        "summary": (
            "IGU-forløbene kombinerer løn, praktik og skoleundervisning for flygtninge og familiesammenførte.",
            "Regeringen og arbejdsmarkedets parter har udvidet ordningen for integrationsgrunduddannelse.",
        ),
        "body": (
            "Ved seneste opgørelse var {n} integrationsborgere i et IGU-forløb.",
            "Integrationsgrunduddannelsen varer to år og giver arbejdsgiveren en bonus ved afsluttet forløb.",
            "Det har været vanskeligt at etablere nye IGU-forløb i private virksomheder.",
            "Ordningen omfatter fremover flygtninge og familiesammenførte, der har været i Danmark i op til "
            "ti år.",
            "Omfanget af uddannelse i et IGU-forløb stiger til i alt 23 uger.",
        ),
        "recs": {"O": ("at udvalget tager orienteringen om integrationsgrunduddannelsen til efterretning",),
                 "B": ("at udvalget godkender en målsætning om {n} nye IGU-forløb",)},
        "attachments": ("Oversigt over IGU-forløb",),
    },
    {
        "key": "nytte", "kle": "15.20.00", "table": None,
        "titles": ("Nytteindsats for jobparate kontanthjælpsmodtagere", "Introduktion til nytteindsatsen",
                   "Evaluering af nytteindsatsen"),
        "kinds": "OODB",
        "summary": (
            "Nytteindsatsen giver jobparate kontanthjælpsmodtagere en arbejdsrytme og en pligt til at bidrage.",
            "Udvalget får en introduktion til nytteindsatsen som udgangspunkt for en drøftelse.",
        ),
        "body": (
            "Nytteindsatsen foregår i kommunens egne institutioner og i de grønne områder.",
            "{n} borgere deltog i nytteindsats i {py}.",
            "Nyttejobbene må ikke fortrænge ordinært ansatte medarbejdere.",
            "Borgere, der udebliver fra nytteindsatsen, kan få en sanktion.",
            "Erfaringen er, at en del borgere afmelder sig ydelsen, når de bliver indkaldt til nytteindsats.",
        ),
        "recs": {"O": ("at udvalget tager introduktionen til nytteindsatsen til efterretning",),
                 "D": ("at udvalget drøfter nytteindsatsens indhold",),
                 "B": ("at nytteindsatsen udvides til også at omfatte aktivitetsparate borgere",)},
        "attachments": ("Bilag - introduktion til nytteindsatsen",),
    },
    {
        "key": "budget", "kle": "00.30.00", "table": "budget",
        "titles": ("Budget {ny}-{ny3} på beskæftigelsesområdet", "Budgetopfølgning pr. 31. marts {y}",
                   "Budgetopfølgning pr. 30. september {y}", "Gennemgang af økonomien på beskæftigelsesområdet"),
        "kinds": "OBCC",
        "summary": (
            "Udvalget præsenteres for budgetopfølgningen på beskæftigelsesområdet.",
            "Sagen indeholder udvalgets bidrag til budget {ny}-{ny3}.",
            "Budgettet på beskæftigelsesområdet er presset af flere borgere på forsørgelsesydelser.",
        ),
        "body": (
            "Budgettet i {y} er samlet på {m} mio. kr. for de områder, der hører under udvalget.",
            "Der forventes et merforbrug på {m} mio. kr. på forsikrede ledige og et mindreforbrug på "
            "kontanthjælp.",
            "Udgifterne til førtidspension stiger, fordi flere borgere tilkendes pension i en yngre alder.",
            "Refusions- og medfinansieringstrappen betyder, at kommunen bærer en større del af udgiften til "
            "lange forløb.",
            "Budgetgarantien dækker en del af merudgifterne til de konjunkturafhængige ydelser.",
            "Administrationen har udarbejdet et budgetkatalog med forslag til effektiviseringer for {m} mio. kr.",
            "Forbruget pr. 31. marts svarer til {p} pct. af det korrigerede budget.",
        ),
        "recs": {"O": ("at budgetopfølgningen tages til efterretning",),
                 "B": ("at udvalget godkender budgetopfølgningen og oversender den til Økonomiudvalget",),
                 "C": ("at budgetopfølgningen godkendes", "at der gives en tillægsbevilling på {m} mio. kr.")},
        "attachments": ("Budgetopfølgning - bilag {y}", "Budgetkatalog {ny}-{ny3}", "Præsentation om økonomien"),
    },
    {
        "key": "ledighed", "kle": "15.00.00", "table": "unemployment",
        "titles": ("Ledighedsudvikling og nøgletal", "Månedlig orientering om nøgletal på beskæftigelsesområdet",
                   "Status på beskæftigelse"),
        "kinds": "OOOD",
        "summary": (
            "Ledigheden er faldet, men langtidsledigheden er steget en smule.",
            "Udvalget får den månedlige orientering om nøgletal på beskæftigelsesområdet.",
            "Sagen giver et overblik over udviklingen i antallet af borgere på offentlig forsørgelse.",
        ),
        "body": (
            "Ledigheden i {k} Kommune var {p} pct. i {month}, hvilket er lavere end landsgennemsnittet.",
            "Antallet af fuldtidspersoner på offentlig forsørgelse er faldet med {n} i forhold til sidste år.",
            "Langtidsledigheden er steget, og {n} borgere har været ledige i mere end et år.",
            "Virksomhederne melder om mangel på arbejdskraft, særligt inden for bygge og anlæg.",
            "Antallet af ledige dagpengemodtagere er stabilt, mens antallet af kontanthjælpsmodtagere falder.",
            "Nøgletallene er hentet fra Jobindsats og fra jobcentrets eget fagsystem.",
            "Ledighed i mere end et år gør det sværere at vende tilbage til arbejdsmarkedet.",
            "En lav ledighed betyder, at virksomhederne må rekruttere blandt borgere længere fra "
            "arbejdsmarkedet.",
        ),
        "recs": {"O": ("at udvalget tager orienteringen om nøgletal til efterretning",),
                 "D": ("at udvalget drøfter udviklingen i ledigheden",)},
        "attachments": ("Nøgletal {month} {y}", "Ledighedsstatistik"),
    },
    {
        "key": "plan", "kle": "15.00.00", "table": None,
        "titles": ("Beskæftigelsesplan {ny}", "De beskæftigelsespolitiske mål for {ny}",
                   "Beskæftigelsespolitik {y}-{ny3}"),
        "kinds": "ODBC",
        "summary": (
            "Beskæftigelsesministeren udsender hvert år beskæftigelsespolitiske mål for det kommende år.",
            "Udvalget skal godkende udkast til beskæftigelsesplan for {ny}.",
        ),
        "body": (
            "Alle ledige skal have en værdig sagsbehandling.",
            "Flere ledige skal opkvalificeres, og virksomhederne skal sikres den nødvendige arbejdskraft.",
            "Flere personer med handicap skal i beskæftigelse.",
            "Beskæftigelsesplanen beskriver, hvordan jobcentret vil arbejde med de politiske mål.",
            "Planen har været i høring i det lokale beskæftigelsesråd og i handicaprådet.",
        ),
        "recs": {"O": ("at ministerens udmelding om de beskæftigelsespolitiske mål tages til efterretning",),
                 "D": ("at udvalget drøfter fokusområderne i beskæftigelsesplanen",),
                 "B": ("at udvalget godkender beskæftigelsesplanen",),
                 "C": ("at beskæftigelsesplanen for {ny} godkendes",)},
        "attachments": ("Beskæftigelsesplan {ny}", "Brev til kommuner og jobcentre"),
    },
    {
        "key": "kontanthjælp", "kle": "15.00.00", "table": "benefits",
        "titles": ("Indsatsen for aktivitetsparate kontanthjælpsmodtagere",
                   "Selvforsørgelses- og hjemrejseydelse", "Investeringscase for jobparate"),
        "kinds": "OODBC",
        "summary": (
            "Sagen beskriver indsatsen for borgere på kontanthjælp, der ikke er jobparate.",
            "Udvalget har besluttet at iværksætte en investeringscase for jobparate ydelsesmodtagere.",
        ),
        "body": (
            "{n} borgere er visiteret til indsatsen, og {n} er afsluttet til job.",
            "Mange aktivitetsparate borgere har brug for en helhedsorienteret indsats på tværs af "
            "forvaltningerne.",
            "Investeringen forventes at være tjent hjem efter to år.",
            "Der er etableret et samarbejde med en privat leverandør om intensive forløb.",
            "Kontanthjælpsloftet og 225-timersreglen har betydning for familiernes økonomi.",
        ),
        "recs": {"O": ("at udvalget tager status på investeringscasen til efterretning",),
                 "D": ("at udvalget drøfter indsatsen for aktivitetsparate borgere",),
                 "B": ("at udvalget godkender investeringscasen",),
                 "C": ("at der gives en bevilling til investeringscasen finansieret af de forventede besparelser",)},
        "attachments": ("Investeringscase - beregninger", "Status på indsatsen"),
    },
    {
        "key": "rekruttering", "kle": "15.20.00", "table": None,
        "titles": ("Rekruttering til ældreplejen", "Mangel på arbejdskraft", "Partnerskabsaftale om "
                   "erhvervsuddannelser"),
        "kinds": "ODB",
        "summary": (
            "Ældreplejen mangler social- og sundhedsassistenter, og ledige opkvalificeres til faget.",
            "Kommunen har indgået en partnerskabsaftale med erhvervsskolen og Dansk Industri.",
        ),
        "body": (
            "Der forventes at mangle {n} social- og sundhedsmedarbejdere i {k} Kommune i {ny3}.",
            "Jobcentret og ældreområdet opkvalificerer ufaglærte social- og sundhedsmedhjælpere til faglærte.",
            "Partnerskabet arbejder for at øge interessen for de erhvervsfaglige uddannelser.",
            "Der er afholdt jobdating mellem virksomheder og ledige borgere.",
            "Rekrutteringsudfordringerne løses i samarbejde med nabokommunerne.",
        ),
        "recs": {"O": ("at status på partnerskabsaftalen tages til efterretning",),
                 "D": ("at udvalget drøfter rekrutteringen til ældreplejen",),
                 "B": ("at udvalget godkender partnerskabsaftalen",)},
        "attachments": ("Partnerskabsaftale", "Rekrutteringsanalyse"),
    },
    {
        "key": "handicap", "kle": "15.20.00", "table": None,
        "titles": ("Flere personer med handicap i job", "Mentorstøtte til udsatte ledige",
                   "Handicapkompenserende ordninger"),
        "kinds": "OOD",
        "summary": (
            "Mentorstøtten hjælper udsatte ledige med misbrug og psykiske vanskeligheder.",
            "Flere personer med handicap skal i beskæftigelse.",
        ),
        "body": (
            "Jobcentret samarbejder med en social virksomhed om at etablere skånejob.",
            "Der er bevilget mentorstøtte til {n} borgere i {py}.",
            "Personlig assistance og hjælpemidler kan kompensere for et handicap på arbejdspladsen.",
            "Virksomhedskonsulenterne rådgiver virksomhederne om de handicapkompenserende ordninger.",
        ),
        "recs": {"O": ("at udvalget tager orienteringen om indsatsen for personer med handicap til "
                       "efterretning",),
                 "D": ("at udvalget drøfter brugen af mentorstøtte",)},
        "attachments": ("Notat om mentorstøtte",),
    },
    {
        "key": "ressource", "kle": "15.00.00", "table": "benefits",
        "titles": ("Ressourceforløb og jobafklaringsforløb", "Rehabiliteringsteamets arbejde",
                   "Seniorpension og tidlig pension"),
        "kinds": "OODB",
        "summary": (
            "Sagen giver en status på ressourceforløb, jobafklaringsforløb og rehabiliteringsteamets arbejde.",
            "Udvalget orienteres om udviklingen i tilkendelser af seniorpension og tidlig pension.",
        ),
        "body": (
            "Rehabiliteringsteamet behandlede {n} sager i {py}.",
            "Et ressourceforløb kan vare op til fem år og skal udvikle borgerens arbejdsevne.",
            "Jobafklaringsforløbet er for sygemeldte, der ikke længere kan få forlænget sygedagpengene.",
            "Antallet af tilkendelser af førtidspension steg med {p} pct.",
            "Tidlig pension kan søges af borgere med lang tilknytning til arbejdsmarkedet.",
        ),
        "recs": {"O": ("at udvalget tager orienteringen om ressourceforløb til efterretning",),
                 "D": ("at udvalget drøfter udviklingen i tilkendelser",),
                 "B": ("at udvalget godkender de reviderede retningslinjer for rehabiliteringsteamet",)},
        "attachments": ("Årsrapport fra rehabiliteringsteamet", "Nøgletal for pension"),
    },
)
