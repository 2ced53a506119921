"""Links between two officials of a document: peers of whom one writes to, meets, receives or
calls the other serve opposite sides (:func:`_counterpart_links`); a messenger who conveys a
leader's greetings serves the leader's side (:func:`_envoy_links`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from pipeline.extract.persons_after import after_post_nominals
from pipeline.extract.persons_lexicon import role_titles
from pipeline.extract.persons_office_kinds import is_state_office, title_kind

# between two officials of one sentence, the first acting on the second: a letter or message
# sent, a meeting, a reception or a call ("X sent a congratulatory message to Prime Minister Y",
# "X was received by Prime Minister Y", "X held talks with his counterpart Y")
_COUNTERPART_GAP = re.compile(
    r"^[^.;:]{0,60}?\b(?:(?:sent|sends|addressed|addresses|wrote|writes|delivered|conveyed)\b"
    r"[^.;:]{0,50}?\b(?:message|messages|letter|letters|cable|note|greetings|congratulations)\b"
    r"[^.;:]{0,20}?\bto|wrote\s+to|met(?:\s+with)?|meets(?:\s+with)?|held\s+talks\s+with|"
    r"held\s+(?:an?\s+)?(?:[a-z-]+\s+){0,2}(?:meeting|talks|discussions|consultations)\s+with|"
    r"talks\s+with|(?:was|were)\s+received\s+by|received|hosted|welcomed|called\s+on|"
    r"(?:spoke|talked)\s+(?:by\s+(?:tele)?phone\s+)?(?:with|to)|(?:tele)?phoned|"
    r"congratulated)\b[^.;:,]{0,60}$"
)
# "X and his Danish counterpart, Y": the second is named as the first one's counterpart
_COUNTERPART_NOUN = re.compile(
    r"^[^.;:]{0,40}?\b(?:his|her|their)\s+(?:[A-Z][\w'’-]+\s+){0,2}"
    r"(?:counterparts?|opposite\s+numbers?)\s*,?\s*$"
)


def _counterpart_links(
    resolved: list, sentence_of: list, same_title: bool = False
) -> list[tuple[str, str]]:
    """(a, b) for two officials named one after the other in a sentence (``b`` with a title
    there, ``a`` with one somewhere in the document), where the text between them says that
    ``a`` writes to, meets, receives or calls ``b`` (see :data:`_COUNTERPART_GAP`): in a
    bilateral article the two serve different sides.  They must be peers: offices of one kind
    ("Chancellor" and "Prime Minister"), or with ``same_title`` (an article with a home country,
    where "President X met Prime Minister Y" is as likely a domestic meeting) one office."""
    by_sentence: dict[int, list] = {}
    kinds: dict[str, set[str]] = {}  # the kinds (or titles) of office each person holds
    peer = str.lower if same_title else title_kind
    roles = role_titles()
    envoys: set[str] = set()  # ambassadors, high commissioners, consuls
    for order, r, name, _c in resolved:
        by_sentence.setdefault(sentence_of[order], []).append((r.start, r.end, r, name))
        for t in r.titles:
            if t not in roles:  # (a profession is no office: "economist X met economist Y")
                kinds.setdefault(name, set()).add(peer(t))
                if title_kind(t) == "diplomat":
                    envoys.add(name)
    links: list[tuple[str, str]] = []
    for entries in by_sentence.values():
        if len(entries) < 2:
            continue
        entries.sort(key=lambda e: e[0])
        for (_s, end, ra, a), (start, _e, rb, b) in zip(entries, entries[1:]):
            if a == b or not rb.titles or a not in kinds:
                continue
            # peers only ("Prime Minister X received Prime Minister Y", a minister writing to a
            # minister): a head of government meeting an army chief may be a domestic meeting
            if kinds[a].isdisjoint(peer(t) for t in rb.titles if t not in roles) and not (
                _envoy_and_official(a, b, rb, envoys)
            ):
                continue
            gap = ra.text[end:start]
            if _COUNTERPART_GAP.match(gap) or _COUNTERPART_NOUN.match(gap):
                links.append((a, b))
            elif (ra.titles and b in kinds and _FRONTED_GAP.match(gap)
                  and _FRONTED_TO.search(ra.text, max(0, _s - 120), _s)):
                links.append((b, a))  # "In a message to Y, X said ...": X writes to Y
    return links


def _envoy_and_official(a: str, b: str, rb, envoys: set[str]) -> bool:
    """Whether one of two officials is an envoy and the other (``b``, with run ``rb``) holds an
    office of a state: "Ambassador X called on Vice Minister Y" - an envoy calls on the officials
    of the country where they are posted, so the two serve different sides."""
    if a in envoys:
        return b not in envoys and any(is_state_office(t) for t in rb.titles)
    return b in envoys


# a fronted phrase naming the addressee before the subject: "In a separate message to Prime
# Minister Y, President X recalled ...", "During his telephone conversation with Y, X said ..."
_FRONTED_TO = re.compile(
    r"\b(?:[Ii]n|[Dd]uring|[Aa]t)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:message|letter|cable|note|meeting|talks|call|conversation)\s+(?:to|with)\s+"
    r"(?:(?:[A-Z][\w'’.-]*|of|the|for|and)\s+){0,6}$"
)
_FRONTED_GAP = re.compile(
    r"(?:\s+(?:today|yesterday|on\s+[A-Z][a-z]+day|on\s+[A-Z][a-z]+\s+\d{1,2}))?"  # "... today,"
    r"\s*,\s*(?:(?:[A-Z][\w'’.-]*|of|the|for|and)\s+){0,6}$"
)


# "X conveyed the greetings of President Y", "X delivered a message from Prime Minister Y": a
# messenger carries the words of a leader of their own side
_CONVEYS_FROM = re.compile(
    # the messenger is the subject of the verb: only an adverb or a day between them ("X called
    # on Y and conveyed greetings from Z" is the subject's message, not Y's)
    r"\s*,?\s*(?:(?:who|also|then|later|had|has|have|on\s+[A-Z][a-z]+day|yesterday|today)\s*,?\s*)*"
    r"(?:convey(?:ed|s|ing)?|deliver(?:ed|s|ing)?|carr(?:ied|ies|ying)|"
    r"hand(?:ed|s|ing)\s+over|extend(?:ed|s|ing)?|pass(?:ed|es|ing)\s+on)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[a-z-]+\s+){0,3}(?:greetings|regards|wishes|felicitations|message|letter|invitation)"
    # (the sender is named after "of"/"from"; a name after "for" or "to" is the addressee: "the
    # invitation of the Malian leadership for President Y", "greetings of the people to Y")
    r"\s+(?:of|from)\s+(?:(?!\b(?:for|to)\s)[^.;:]){0,40}$"
)


def _envoy_links(resolved: list, sentence_of: list) -> list[tuple[str, str]]:
    """(messenger, sender) pairs of "X conveyed the greetings of President Y": the two serve the
    same country (Y's own title phrase, when it names one, still wins)."""
    links: list[tuple[str, str]] = []
    for entries in cued_sentences(resolved, sentence_of, _names_a_message):
        messenger = None
        for (_s, ra, a), (_t, rb, b) in zip(entries, entries[1:]):
            if a != b and rb.titles and _CONVEYS_FROM.match(ra.text, ra.end, rb.start):
                messenger = a
            elif not (messenger and rb.titles and _AND_GAP.fullmatch(ra.text, ra.end, rb.start)):
                messenger = None  # ("... of President Y and Prime Minister Z": both senders)
            if messenger is not None and messenger != b:
                links.append((messenger, b))
    return links


def _names_a_message(text: str) -> bool:
    return (
        "greeting" in text or "message" in text or "letter" in text
        or "regards" in text or "wishes" in text or "felicitation" in text
        or "invitation" in text
    )


def cued_sentences(
    resolved: list, sentence_of: list, cue: Callable[[str], bool], titled_only: bool = False
) -> Iterator[list[tuple[int, object, str]]]:
    """The mentions of each sentence whose text ``cue`` accepts (asked once per sentence text: its
    mentions share it), as (start, run, name) in text order; only sentences with two or more
    (with ``titled_only``, two or more with a title phrase)."""
    by_sentence: dict[int, list] = {}
    cued: dict[str, bool] = {}
    for order, r, name, _c in resolved:
        if titled_only and not r.titles:
            continue
        text = r.text
        hit = cued.get(text)
        if hit is None:
            hit = cued[text] = cue(text)
        if hit:
            by_sentence.setdefault(sentence_of[order], []).append((r.start, r, name))
    for entries in by_sentence.values():
        if len(entries) >= 2:
            entries.sort(key=lambda e: e[0])
            yield entries


_AND_GAP = re.compile(r"\s*(?:,\s*and|,|and|&)\s+(?:(?:[A-Z][\w'’.-]*|of|the|for)\s+){0,5}")


# "President X and President Y": two names joined by "and", the second with its title phrase
# written between them (a comma alone may close a fronted phrase: "In a message to X, Y said")
_COORDINATED_GAP = re.compile(r"\s*,?\s*(?:and|&)\s+(?:[A-Z][\w'’.-]*\s+){1,4}")


def _coordinated_peers(resolved: list, sentence_of: list) -> list[tuple[str, str]]:
    """(a, b) for two holders of one office of head of state or government coordinated in a
    sentence ("under the guidance of President X and President Y"): a state has one president
    and one prime minister at a time, so the two serve different sides (like counterparts).
    So do the two holders of one ministry, or of a head's office, named after that office in the
    plural ("The Ministers of the Interior, Mr. X and Mr. Y", "Foreign Ministers X and Y"), and
    two officials, each with a title phrase, coordinated as the subject of a verb they do with
    each other ("President X and Australian Prime Minister Y held talks", "... met on the
    sidelines", "... followed up over a video call")."""
    links: list[tuple[str, str]] = []
    for ra, a, rb, b in _neighbours(resolved, sentence_of, lambda r, _name: bool(r.titles)):
        end, start = ra.end, rb.start
        if a == b:
            continue
        shared = set(ra.titles) & set(rb.titles)
        if _COORDINATED_GAP.fullmatch(ra.text, end, start) is not None:
            if any(title_kind(t) == "head" for t in shared):
                links.append((a, b))
                continue
        elif (_PAIR_GAP.fullmatch(ra.text, end, start) is not None
              and any(_one_holder_ministry(t) or title_kind(t) == "head" for t in shared)
              and _PLURAL_OFFICE_BACK.search(ra.text, max(0, ra.start - 70), ra.start)):
            links.append((a, b))
            continue
        if ((_reciprocal_pair(ra.text, end, start, rb.end)
             or _cochaired_by_pair(ra.text, ra.start, end, start))
                and any(is_state_office(t) for t in ra.titles)
                and any(is_state_office(t) for t in rb.titles)):
            links.append((a, b))
    return links + _untitled_first_of_pair(resolved, sentence_of)


def _untitled_first_of_pair(resolved: list, sentence_of: list) -> list[tuple[str, str]]:
    """(a, b) for a reciprocal pair whose first member is named without an office in the
    sentence but holds one elsewhere in the document ("A day earlier, Dr X and Vice Minister Y
    co-chaired the meeting", X's office given in an earlier sentence): the two sides, as for
    two titled officials (:func:`_coordinated_peers`)."""
    held: dict[str, set[str]] = {}
    for _o, r, name, _c in resolved:
        held.setdefault(name, set()).update(r.titles)
    return [
        (a, b)
        for ra, a, rb, b in _neighbours(resolved, sentence_of, lambda r, name: bool(r.titles or held[name]))
        if a != b and not ra.titles and rb.titles
        and _reciprocal_pair(ra.text, ra.end, rb.start, rb.end)
        and any(is_state_office(t) for t in held[a])
        and any(is_state_office(t) for t in rb.titles)
    ]


def _neighbours(
    resolved: list, sentence_of: list, keep: Callable[[object, str], bool]
) -> Iterator[tuple[object, str, object, str]]:
    """(run a, name a, run b, name b) for every two mentions next to each other in a sentence,
    among those ``keep(run, name)`` accepts, in text order."""
    by_sentence: dict[int, list] = {}
    for order, r, name, _c in resolved:
        if keep(r, name):
            by_sentence.setdefault(sentence_of[order], []).append((r.start, r, name))
    for entries in by_sentence.values():
        entries.sort(key=lambda e: e[0])
        for (_s, ra, a), (_t, rb, b) in zip(entries, entries[1:]):
            yield ra, a, rb, b


# "Minister X and Brazil's Minister of Trade, Y, held a video call", "Prime Minister X and
# President Y met on the sidelines of ...": two officials coordinated as the subject of a verb
# they do with each other (talks, a call, a meeting without an object) are the two sides
_TITLED_PAIR_GAP = re.compile(
    r"\s*,?\s*(?:and|&)\s+(?:(?:[A-Z][\w'’.-]*|of|the|and|for|&),?\s+){1,12}"
)
_RECIPROCAL = re.compile(
    r"(?:\s*,[^,;.]{0,120},)?\s*,?\s+(?:also\s+)?(?:"
    r"met(?=\s*(?:[,.;]|on\b|in\b|at\b|for\b|during\b|here\b|again\b|today\b|yesterday\b|"
    r"last\b|this\b|separately\b|briefly\b))|"
    r"(?:held|hold|holds|had)\s+(?:an?\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,3}"
    r"(?:talks|call|conversation|meeting|discussions|consultations)\b(?!\s+with\b)|"
    r"(?:spoke|talked|conferred)\s+(?:by|on|over)\s+(?:the\s+)?(?:tele)?phone\b"
    r"(?!\s+(?:with|to)\b)|"
    # "followed up over a video call", "talked via video link"
    r"(?:[a-z]+\s+){1,3}(?:over|by|via|in)\s+(?:an?\s+)?(?:video|phone|telephone|virtual)"
    r"[\s-]+(?:call|conference|link|meeting)\b(?!\s+with\b)|"
    r"co-?chaired\b)"
)


def _reciprocal_pair(text: str, end: int, start: int, b_end: int) -> bool:
    """Whether two names (the first ending at ``end``, the second spanning ``start``-``b_end``)
    are coordinated, the second with its own title phrase, as the subject of a reciprocal verb."""
    return (
        " and " in text[end : start + 1] or "&" in text[end:start]
    ) and _TITLED_PAIR_GAP.fullmatch(text, end, start) is not None and (
        _RECIPROCAL.match(text, b_end) is not None
    )


# "co-chaired by President of the Council of Ministers X and the Algerian Prime Minister, Y": the
# two chairs of a bilateral meeting, named after a passive "co-chaired by"
_COCHAIRED_BY_BACK = re.compile(
    r"\bco-?chaired\s+(?:jointly\s+)?by\s+(?:(?:[A-Z][\w'’.-]*|of|the|and|for|&),?\s+){0,8}$"
)


def _cochaired_by_pair(text: str, a_start: int, end: int, start: int) -> bool:
    """Whether two names (the first spanning ``a_start``-``end``, the second starting at
    ``start``) are the coordinated agents of a passive "co-chaired by" (the first one's
    post-nominal letters aside: "X, M.P., Minister of ..., and Y")."""
    end = after_post_nominals(text, end)
    return (
        " and " in text[end : start + 1]
        and _COCHAIR_GAP.fullmatch(text, end, start) is not None
        and _COCHAIRED_BY_BACK.search(text, max(0, a_start - 90), a_start) is not None
    )


# between the two chairs: perhaps the first one's title appositive (", Secretary, Ministry of
# Maritime Affairs,"), then "and" and the second one's title phrase
_COCHAIR_GAP = re.compile(
    r"(?:\s*,[^,;.()]{1,90}(?:,[^,;.()]{1,90})?(?=\s*,))?"
    r"\s*,?\s*(?:and|&)\s+(?:(?:[A-Z][\w'’.-]*|of|the|and|for|&),?\s+){0,12}"
)


_PAIR_GAP = re.compile(r"\s*,?\s*(?:and|&)\s+")
# "The Ministers of the Interior, Mr. X and Mr. Y", "Foreign Ministers X and Y", "Presidents X
# and Y": one office in the plural shared by a coordinated pair (the two holders of a portfolio
# or the two heads, one for each side)
_PLURAL_OFFICE_BACK = re.compile(
    r"\b(?:Ministers|Presidents|Premiers|Chancellors)\b"
    r"(?:[^\S\r\n]+(?:of|for)[^\S\r\n]+(?:the[^\S\r\n]+)?"
    r"(?:[A-Z][\w'’-]*|and|of|the|&|,)(?:[^\S\r\n]*(?:[A-Z][\w'’-]*|and|of|the|&|,)){0,6})?"
    r"[^\S\r\n]*,?[^\S\r\n]*(?:(?:H\.E\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)[^\S\r\n]+)?$"
)


def _one_holder_ministry(title: str) -> bool:
    """A minister's office with one holder per state ("Interior Minister", "Minister of Trade"),
    not a rank several hold at once ("Minister", "Minister of State")."""
    low = title.lower()
    return (title_kind(title) == "minister" and low != "minister" and "of state" not in low
            and "deputy" not in low and "assistant" not in low)
