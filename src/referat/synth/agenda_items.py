"""The agenda items of one meeting, each in its municipality's house style.

Standard items (agenda, news, any other business, the minutes, a signature page) open and close
a meeting around its cases; closed items print only a title; a case item carries a summary, a
presentation, a recommendation, the decision and, in some styles, the case's course.
"""

from __future__ import annotations

from . import content as C
from .cases import case_number, decide, doc_number, send_on
from .phrases import AGENDA_APPROVED, NOTHING
from .prose import economy_paragraph, figures_table, paragraphs
from .sections import MeetingSections, add_absent
from .specs import Block, Case, ItemSpec, Sec, Treatment
from .topics import TOPICS


class ItemBuilder(MeetingSections):
    """Builds the items of one meeting in its municipality's house style."""

    def build(self, kind: str, payload: object, number: int) -> ItemSpec:
        """One item of the given kind (agenda, news, case, closed, any, minutes, signature)."""
        if kind == "case":
            assert isinstance(payload, Case)
            return self._case_item(payload, number)
        if kind == "closed":
            return self._closed(number)
        return self._standard(kind, number)

    def _wrap_slagelse(self, spec: ItemSpec, printed_title: str) -> None:
        if self.style == "slagelse":
            spec.head_lines = ["Sagsfremstilling", f"{spec.number}. {printed_title}"]
            spec.meta = ["Åbent"]

    def _closed(self, number: int) -> ItemSpec:
        w = self.w
        title = w.pick(C.CLOSED_TITLES).format_map(self.facts)
        if not title and self.style != "lemvig":
            title = "Personalesag"
        shown, prefix = self._title(title, "B") if title else ("", None)
        case, labelled = case_number(w, self.m, self.day, "00.30.00" if "udget" in title else "81.00.00")
        spec = ItemSpec(number=number, title=shown or None, closed=True, prefix=prefix,
                        type_letter="B" if self.style == "slagelse" and title else None,
                        case=case, case_labelled=labelled)
        if self.style == "lemvig" and self.absent:
            spec.trailer = ["Fraværende " + ", ".join(p.name for p in self.absent)]
        return spec

    def _standard(self, kind: str, number: int) -> ItemSpec:
        w = self.w
        facts = self.facts
        style = self.style
        if kind == "agenda":
            title, type_letter, kle = "Godkendelse af dagsorden", "B", "00.01.00"
        elif kind == "news":
            title, type_letter, kle = w.pick(C.NEWS_TITLES).format_map(facts), "O", "00.01.00"
        elif kind == "any":
            title, type_letter, kle = "Eventuelt", "O", "00.01.00"
        elif kind == "minutes":
            title, type_letter, kle = "Godkendelse af referat", "B", "00.01.00"
        else:
            title = "Underskriftsblad" if style == "albertslund" else "Underskriftside"
            type_letter, kle = None, "85.02.02"
        shown, prefix = self._title(title, type_letter)
        case = self._standing_case(kind, kle) if kind != "news" or style != "lejre" else \
            case_number(w, self.m, self.day, kle)[0]
        spec = ItemSpec(number=number, title=shown, prefix=prefix,
                        type_letter=type_letter if style == "slagelse" else None,
                        case=case, case_labelled=style in ("slagelse", "portal"))
        self._wrap_slagelse(spec, shown)
        secs: list[Sec] = []
        if style == "slagelse":
            spec.doc = self._doc()
            secs += self._authority()
            secs.append(Sec("Beslutningstema", "summary", [("p", f"{self.body.name} skal {self._verb(kind)}.")]))
        elif style == "albertslund" and kind != "signature":
            secs.append(Sec("Anledning", "summary", [("p", title)]))
        if kind == "signature":
            return self._signature(spec, secs)
        if kind == "news":
            if style == "lejre":
                blocks: list[Block] = []
                for letter in "ABC"[: w.between(1, 3)]:
                    blocks.append(("sub", f"{letter}. {w.pick(TOPICS[w.between(0, len(TOPICS) - 1)]['titles'])}"
                                   .format_map(facts)))
                    blocks.append(("p", w.pick(C.NEWS_LINES).format_map(facts)))
                secs.append(Sec("Resumé", "summary", blocks))
            else:
                secs.append(Sec("Sagsfremstilling" if style != "slagelse" else "Sagens indhold", "presentation",
                                [("ul", [w.pick(C.NEWS_LINES).format_map(facts) for _ in range(w.between(1, 3))])]))
        if style in ("slagelse", "albertslund", "lemvig") and kind != "any":
            rec = {"agenda": "at dagsordenen godkendes", "news": "at meddelelserne tages til efterretning",
                   "minutes": "at referatet godkendes"}[kind]
            if style == "slagelse":
                rec = {"agenda": f"at {self.body.name} godkender dagsordenen",
                       "news": "at orienteringen tages til efterretning",
                       "minutes": f"at {self.body.name} godkender referatet"}[kind]
            secs.append(self._recommendation([rec]))
        lead: list[Block] = []
        if kind == "agenda":
            text = w.pick(AGENDA_APPROVED)
            outcomes = ["approved"]
        elif kind == "news":
            text, outcomes = w.pick((("Taget til efterretning.", ["noted"]), ("Til efterretning.", ["noted"]),
                                     ("Intet.", ["none"]), ("Ingen bemærkninger.", ["none"])))
            if outcomes != ["none"] and w.chance(0.3):
                lead.append(("p", w.pick(C.NEWS_LINES).format_map(facts)))
        elif kind == "any":
            text, outcomes = w.pick(((w.pick(NOTHING), ["none"]), ("Drøftet.", ["discussed"]),
                                     (w.pick(C.NEWS_LINES), [])))
        else:
            text, outcomes = "Godkendt.", ["approved"]
        secs += self._decision(spec, text.format_map(facts), outcomes, lead=lead, notes=False)
        spec.sections = secs
        self._lemvig_trailer(spec)
        return spec

    def _verb(self, kind: str) -> str:
        return {"agenda": "godkende dagsordenen", "news": "orienteres", "any": "drøfte eventuelle punkter",
                "minutes": "godkende referatet"}.get(kind, "behandle sagen")

    def _signature(self, spec: ItemSpec, secs: list[Sec]) -> ItemSpec:
        if self.style != "albertslund":
            secs.append(self._recommendation(["at referatet godkendes"]))
            secs += self._decision(spec, "Godkendt.", ["approved"], notes=False)
            spec.sections = secs
            self._lemvig_trailer(spec)
            return spec
        secs.append(Sec("Anledning", "summary", [("p", "Underskriftsblad til digital godkendelse")]))
        secs.append(Sec("Sagsfremstilling", "presentation",
                        [("p", "Der underskrives af deltagerne ved mødets afslutning.")]))
        secs.append(Sec("Indstilling", "recommendation",
                        [("p", "Formanden indstiller,"),
                         ("ol", ["at protokol og deltagelse i mødet godkendes via digitalt underskriftsblad."])]))
        lines: list[Block] = []
        for p in self.members:
            if p in self.absent:
                lines.append(("p", f"{p.name} ({p.party}) deltog ikke i mødet"))
            elif p.role:
                lines.append(("p", f"{p.role} {p.name} ({p.party})"))
            else:
                lines.append(("p", f"{p.name} ({p.party})"))
        for p in self.members:  # in the order the page lists them
            if p in self.absent:
                add_absent(spec.absent, p.name, p.party)
        secs.append(Sec("Beslutning", "decision", lines, outcomes=[]))
        spec.sections = secs
        return spec

    def _doc(self) -> str:
        return doc_number(self.w, self.m, self.day)

    def _lemvig_trailer(self, spec: ItemSpec) -> None:
        if self.style == "lemvig" and self.absent:
            names = [p.name for p in self.absent]
            self.w.rng.shuffle(names)
            spec.trailer = ["Fraværende " + ", ".join(names)]
            for name in names:
                spec.listed_absent.append((name, None))
                add_absent(spec.absent, name, None)

    def _case_item(self, case: Case, number: int) -> ItemSpec:
        w = self.w
        facts = self.facts
        style = self.style
        topic = TOPICS[case.topic]
        summary_pool, body_pool = w.pools[case.topic]
        type_letter = {"O": "O", "D": "D"}.get(case.kind, "B")
        shown, prefix = self._title(case.title, type_letter)
        spec = ItemSpec(number=number, title=shown, prefix=prefix,
                        type_letter=type_letter if style == "slagelse" else None,
                        case=case.number, case_labelled=style in ("slagelse", "portal"), topic=str(topic["key"]))
        self._wrap_slagelse(spec, shown)
        if style == "slagelse":
            spec.doc = self._doc()
        text, outcomes, action = decide(w, self.m, self.bi, case)
        text = text.format_map(facts)
        votes = self._votes() if ("approved" in outcomes or "rejected" in outcomes) and \
            self.body.kind != "committee" and w.chance(0.3) else None
        history_secs, earlier = self._history(spec, case)

        summary = Sec({"lejre": "Resumé", "lemvig": "Resume", "slagelse": "Beslutningstema",
                       "albertslund": "Anledning", "portal": "Resumé"}[style], "summary",
                      paragraphs(w, summary_pool, w.between(1, 2), facts, 2))
        present_blocks = paragraphs(w, body_pool, w.between(2, 4), facts)
        if w.chance(0.25):
            present_blocks.insert(w.between(1, len(present_blocks)),
                                  ("ul", [w.pick(body_pool).format_map(facts) for _ in range(w.between(2, 4))]))
        if topic["table"] and w.chance(0.3):
            table = figures_table(w, str(topic["table"]), self.day)
            present_blocks.insert(w.between(1, len(present_blocks)), ("p", table[1]))
            present_blocks.insert(present_blocks.index(("p", table[1])) + 1, table)
        presentation = Sec({"slagelse": "Sagens indhold"}.get(style, "Sagsfremstilling"), "presentation",
                           present_blocks)
        recommendation = self._recommendation(case.recs)
        decision = self._decision(spec, text, outcomes, votes, earlier)
        if style == "slagelse":
            decision = self._slagelse_earlier(case) + decision
        extras: list[Sec] = []
        if style in ("lejre", "portal", "albertslund") and w.chance(0.25):
            extras.append(Sec("Administrationens vurdering" if style == "lejre" else "Vurdering", "assessment",
                              [("p", w.pick(C.ASSESSMENTS).format_map(facts))]))
        if w.chance(0.5 if style != "lemvig" else 1.0):
            heading = "Økonomiske og personalemæssige konsekvenser" if style == "slagelse" else "Økonomi"
            extras.append(Sec(heading, "economy", [economy_paragraph(w, w.economy_sentences, facts)]))
        attachments = self._attachments(spec, topic["attachments"])

        secs: list[Sec]
        if style == "lejre":
            secs = [*decision, summary, recommendation, *self._authority(), presentation, *extras,
                    *history_secs, *attachments]
        elif style == "lemvig":
            legal = Sec("Lovgrundlag", "legal_basis", [("p", w.pick(C.LEGAL))])
            policy = [Sec("Vision, politikker og strategier", "policy", [("p", w.pick(C.POLICY).format_map(facts))])] \
                if w.chance(0.5) else []
            secs = [summary, presentation, *self._authority(), legal, *policy, *extras, recommendation, *decision,
                    *attachments]
        elif style == "slagelse":
            tail = []
            if w.chance(0.4):
                tail.append(Sec("Retligt grundlag", "legal_basis", [("p", w.pick(C.LEGAL))]))
            if w.chance(0.4):
                tail.append(Sec("Handlemuligheder", "options", [("p", w.pick(C.OPTIONS))]))
            if w.chance(0.4):
                tail.append(Sec("Vurdering", "assessment", [("p", w.pick(C.ASSESSMENTS).format_map(facts))]))
            secs = [*self._authority(), summary, presentation, *tail, *extras]
            if w.chance(0.4):
                secs.append(Sec("Tværgående konsekvenser", "consequences", [("p", w.pick(C.CONSEQUENCES))]))
            secs += [recommendation, *decision, *attachments]
        else:
            secs = [summary, presentation, *extras, recommendation, *decision, *history_secs, *attachments]
        spec.sections = secs
        self._lemvig_trailer(spec)
        case.history.append(Treatment(self.day, self.body.name, self.period, spec.number, text, tuple(outcomes)))
        send_on(w, self.m, self.bi, case, self.day, action)
        return spec
