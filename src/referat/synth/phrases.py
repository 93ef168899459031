"""The wordings of decisions in the synthetic minutes, one table per outcome."""

from __future__ import annotations

APPROVED = ("Godkendt.", "Indstillingen godkendt.", "Tiltrådte indstillingen.", "Indstillingen tiltrådt.",
            "Godkendt som indstillet.", "Udvalget godkendte indstillingen.")
COUNCIL_APPROVED = ("Godkendt.", "Vedtaget.", "Indstillingen godkendt.", "Godkendt som indstillet.")
NOTED = ("Taget til efterretning.", "Til efterretning.", "Orienteringen blev taget til efterretning.",
         "Udvalget tog orienteringen til efterretning.", "Taget til efterretning")
DISCUSSED = ("Drøftet.", "Udvalget drøftede sagen.", "Sagen blev drøftet.", "Drøftet")
POSTPONED = ("Udsat.", "Udsættes.", "Sagen blev udsat.", "Udsat til næste møde.")
WITHDRAWN = ("Udgår.", "Punktet udgår.", "Sagen blev trukket.")
REJECTED = ("Ikke godkendt.", "Indstillingen blev ikke godkendt.", "Forkastet.")
RECOMMENDED = ("Anbefales.", "Indstillingen anbefales.", "Anbefales godkendt.",
               "Udvalget anbefaler indstillingen over for {council}.")
NOTHING = ("Intet.", "Intet til dette punkt.", "Ingen bemærkninger.", "Intet under dette punkt")
AGENDA_APPROVED = ("Godkendt.", "Godkendt", "Godkendt med bemærkning om, at punkt {a} behandles før punkt {b}.",
                   "Tiltrådte indstillingen")
