"""The leader of a national group serves the group's country: "The Pakistani contingent is led
by Brigadier X", "the Nepali side was headed by Joint Secretary Y", "Colonel Z led the Russian
team".

The group is a noun of ``person_group_nouns.csv`` ("side", "team", "contingent" …) right after a
country's name, demonym or possessive (one lower-case word may stand between: "the Chinese
military team").  The leader is the first name after "(is|was …) led|headed|represented|
commanded by" (only titles and honorifics between), or the subject of "led|headed the <group>".
Delegations, whose members are also listed ("included …"), are read by :mod:`persons_clauses`.
Only a missing country is filled: the leader's own title phrase wins.
"""

from __future__ import annotations

import functools
import re

from pipeline.extract.countries import ACTOR_KINDS
from pipeline.lexicons import read_lexicon

#: literal cues of the construction (for the vectorised prefilter of persons.py)
GROUP_CUES = ["led by", "headed by", "represented by", "commanded by", " led the ", " headed the ",
              " leads the ", " heads the ", " commanded the ", " commands the "]

_LED_BY = re.compile(
    r"\s*,?\s+(?:(?:is|was|are|were|will\s+be|has\s+been|had\s+been|have\s+been|being)\s+)?"
    r"(?:led|headed|represented|commanded)\s+by\s+"
)
_LEADS = re.compile(
    r"(?:\s*,\s*who)?\s+(?:led|leads|headed|heads|commanded|commands|will\s+lead|will\s+head)"
    r"\s+(?:the|a|an|his|her)\s+$"
)
# (a title's bracketed remit may stand in it: "led by Additional Secretary (Africa) Mr. X")
# (and a comma may close the office before the name's rank or style: "led by Additional
# Secretary (Asia-Pacific), Ambassador X", "headed by the Director General, Dr. Y")
_LEADER_GAP = re.compile(
    r"(?:[^,;:.()\"“”]|\([^,;:.()\"“”]{1,30}\)){0,80}(?:,\s+(?:[A-Z][\w.'’-]*\s+){0,3})?"
)


@functools.cache
def _group_noun_regex() -> re.Pattern[str]:
    words = sorted(read_lexicon("person_group_nouns")["word"].to_list(), key=len, reverse=True)
    return re.compile(
        r"(?:['’]s?)?\s+(?:[a-z][a-z-]+\s+)?(?:" + "|".join(map(re.escape, words)) + r")s?\b"
    )


def group_leaders(text: str, runs: list, country_hits: list) -> None:
    """Give the leader of a national group (see the module docstring) the group's country."""
    if not runs:
        return
    nouns = _group_noun_regex()
    for h in country_hits:
        if h[4] not in ACTOR_KINDS:
            continue
        g = nouns.match(text, h[1])
        if g is None:
            continue
        led = _LED_BY.match(text, g.end())
        if led is not None:
            for run in runs:
                if run.start >= led.end():
                    if text[run.start - 1 : run.start] == "(" and text[run.end : run.end + 1] == ")":
                        continue  # a title's remit in brackets ("(Africa)") is no leader
                    gap = _LEADER_GAP.fullmatch(text, led.end(), run.start)
                    if gap is not None and run.country is None and (run.titles or run.confirmed):
                        run.country = h[3]
                    break
            continue
        # "Colonel Z led the Russian team": the subject before the verb
        for run in runs:
            if run.end <= h[0] and run.country is None and (run.titles or run.confirmed):
                if _LEADS.fullmatch(text, run.end, h[0]) is not None:
                    run.country = h[3]
