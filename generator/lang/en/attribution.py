"""The English grammar of attribution: verbs of speech, pronouns and the words around a speaker."""

from __future__ import annotations

import re

from generator.lang.en.sentences import NEVER_FINAL, USUALLY_FINAL
from generator.lang.en.verbs import ATTRIBUTION_VERBS

# A verb of speech or attribution, longest first; an adverb between a subject and its verb.
VERBS = "|".join(sorted(ATTRIBUTION_VERBS, key=lambda v: (-len(v), v)))
# Written in lower case, or capitalised only where it opens its sentence ("Said Jane Doe, …"):
# a capitalised word inside a sentence is a name ("the United States"), not a verb.
_OPENING_VERBS = "|".join(
    v.capitalize() for v in sorted(ATTRIBUTION_VERBS, key=lambda v: (-len(v), v))
)
VERB = re.compile(rf"\b(?:{VERBS})\b|(?:(?<=^)|(?<=^\s))(?:{_OPENING_VERBS})\b")
ADVERB = r"(?:\w+ly\s+|also\s+|later\s+|then\s+|once\s+|recently\s+|previously\s+)?"
# An auxiliary between a subject and its verb: "Jane Doe has said", "Jane Doe had long argued".
AUXILIARY = r"(?:(?:has|have|had|will|would)\s+(?:also\s+|long\s+|since\s+|often\s+)?)?"
# Verbs that report or name other words inside reported speech: "Doe said Roe called it "…"".
NESTED = re.compile(
    rf"\b(?:{VERBS}|called|calling|describ\w+|label\w*|dubb\w+|termed|nicknamed|quot\w+|"
    r"cit\w+|read|reads|titled|entitled|known as|headlined)\b",
    re.I,
)
# Personal pronouns -> the gender they refer to.
PERSONAL = {"he": "m", "she": "f", "him": "m", "her": "f"}
# Where a subject's noun phrase written after its verb ends: "said Jane Doe, a senator",
# "said Jane Doe (D-Ohio)", "said Jane Doe of Ohio", "said Jane Doe when asked …".
# A full stop ends it unless it ends an initial or a short title ("said Sen. Jane Q. Doe Jr."):
# one look-behind per abbreviation, as a look-behind has a fixed width.
_ABBREVIATION_STOP = "".join(
    rf"(?<!\b{word})(?<!\b{word.capitalize()})"
    for word in sorted(NEVER_FINAL | USUALLY_FINAL)
    if word.isalpha()
)
PHRASE_END = re.compile(
    rf"[,;:(!?\"“”]|(?<!\b[A-Z]){_ABBREVIATION_STOP}\.|\s[-–—]\s|"
    r"\b(?:who|which|when|while|after|before|in|at|on|of|during|as|"
    r"because|according|from|for|with|about|to|and)\b"
)
# The "of" of a title written before a name after its verb, and the title's words after it:
# "said former secretary of state Jane Doe", "said master of ceremonies Tom Reyes".
TITLE_OF = re.compile(r"of\s+(?:the\s+)?(?:[a-z]+\s+){1,2}(?=[A-Z])")
# A comma-separated part that opens with one of these is an aside or an appositive ("a senator
# from Ohio", "who used to work there", "also campaigning in Iowa"), not the subject; so is a
# party and state tag ("Rep. Jane Doe, D-Ohio, said").
ASIDE = re.compile(r"\s*(?:[a-z]|\d|\(|[A-Z]-[A-Z][\w.]*\s*$)")
# A relative pronoun: a part that has one is an appositive ("Jane Doe, who …").
RELATIVE = re.compile(r"\b(?:who|whose|which)\b")
# Verbs news writes before their subject ("…," said Jane Doe); "told Jane Doe" names the hearer.
INVERTING_VERBS = frozenset(
    "said says added adds asked wrote writes continued recalled explained noted replied "
    "responded countered declared insisted argued warned".split()
)
# An introductory phrase before a sentence's subject: "In 2008, …", "Dismayed by the vote, …".
INTRODUCTION = re.compile(
    r"^(?:(?:In|On|At|After|Before|When|While|As|Since|Although|Though|If|During|Despite|"
    r"Still|But|And|Yet|Later|Earlier|Meanwhile|Instead|Asked|Informed|Told|Speaking|"
    r"[A-Z][a-z]+ed|[A-Z][a-z]+ing)\b[^,]{0,120},\s*)"
)
OPENS_WITH_PRONOUN = re.compile(r"\s*(?:he|she|they|i|we)\b", re.I)
# Words that put a name after them out of subject position: "memory of Jane Roe's term".
NOT_SUBJECT_BEFORE = re.compile(
    r"\b(?:of|by|to|for|with|about|from|in|on|at|against|than|like|and|or|that|whom|who|"
    r"which|told|asked|called|met|joined|said|says)\b|[a-z]\w*(?:s|ed)\s*$",
)
# Coordinated verbs share the sentence's subject: "Jane Doe voted no but later said …".
COORDINATOR = re.compile(r"\s*(?:but|and|yet|then)(?:\s+\w+ly|\s+(?:also|now|later|then))?\s*$")
CAPITALISED_RUN = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|de|van|von|bin|al))*")
# "…," he said: the pronoun after a verb of speech, and before one.
PRONOUN_AFTER = re.compile(r"\s+(he|she)\b", re.I)
PRONOUN_BEFORE = re.compile(r"\b(he|she)\s+" + AUXILIARY + ADVERB + r"$", re.I)
PRONOUN = re.compile(r"\b(he|she)\b", re.I)
# A comma-separated part that opens with a pronoun is the subject, not an aside.
PRONOUN_OPENING = re.compile(r"\s*(?:he|she)\b")
# "said that Jane Doe …", "told Jane Doe": between a verb and a name, a word that makes the
# name no subject.
NOT_SUBJECT_BETWEEN = re.compile(r"\b(?:that|to|about|on|by)\b")
# "Jane Doe and John Roe said": two speakers.
TWO_SPEAKERS = re.compile(r"\b(?:and|or|with)\b")
# What may follow a subject's head before its verb: a possessive, a bracket, an adverb.
SUBJECT_TAIL = re.compile(r"\.?(?:’s|'s)?\s*(?:\([^)]*\))?\s*" + AUXILIARY + ADVERB)
# "a spokesman for Jane Doe said", "an aide to Sen. Jane Doe said": a name after a common noun
# and a preposition is what the noun belongs to; the noun is the subject. (A title's own "of"
# is written capitalised: "Secretary of State Jane Doe said".)
OBJECT_BEFORE = re.compile(
    r"\b[a-z][\w’'-]*\s+(?:for|of|to|with|by|from|at|about|against|under|behind|near|like)\s+"
    r"(?:[A-Z][\w.’'-]*\s+)*$"
)
# After a name written after a verb of speech, a word in lower case other than an adverb
# ("said Jane Doe recently"): the name opens a clause of its own ("said Jane Doe must go",
# "said Jane Doe had lied"), the reported speech's subject, not the speaker.
CLAUSE_AFTER_SUBJECT = re.compile(r"\s*(?:’s|'s)?\s+(?!\w+ly\b)[a-z]")
# The head nouns of organisations' names ("the Federal Aviation Agency" -> "the agency said"),
# and the documents an organisation or a person issues ("the statement said").
ORGANISATION_HEADS = frozenset(
    """agency department ministry committee commission council board court office company
    corporation bank union university hospital school church party campaign administration
    foundation institute association federation league organisation organization group
    network service authority bureau firm club team""".split()
)
DOCUMENTS = frozenset(
    """statement release letter email e-mail memo memorandum report complaint filing message
    tweet post video ad advertisement""".split()
)
_DESCRIBED = "|".join(sorted(ORGANISATION_HEADS | DOCUMENTS))
_DOCUMENT = "|".join(sorted(DOCUMENTS))
# "…," the agency said / said the statement / according to the letter: the noun alone (not
# "the agency's director", "the letter writer", "the statement of …").
DESCRIBED_AFTER = re.compile(
    rf"\s*[,—–-]?\s*(?:the\s+({_DESCRIBED})\s+(?:{VERBS})\b|(?:said|says|added|adds|read|"
    rf"reads|continued|stated)\s+the\s+({_DESCRIBED})\b(?!\s+(?:of|for|from|by)\b)|according\s+"
    rf"to\s+the\s+({_DESCRIBED})\b(?!\s*(?:’s|'s|of|for|from|by)\b))",
    re.I,
)
# The agency said: "…" / According to the statement, "…": a subject at the start of its
# sentence or clause, a few words before the quotation.
DESCRIBED_BEFORE = re.compile(
    rf"(?:^|[.;]\s+)(?:the\s+({_DESCRIBED})\s+(?:also\s+)?(?:said|says|added|adds|read|reads|"
    rf"stated|states|continued|continues|wrote|writes)|according\s+to\s+the\s+({_DESCRIBED}))"
    r"\b[^\"“”,:;]{0,40}[,:]?\s*$",
    re.I,
)
# "… released a statement saying that "…"", "… a video that said, "…"": the document speaks.
DOCUMENT_SAYS = re.compile(
    rf"\b({_DOCUMENT})\b[^,.;\"“”]{{0,30}}?\s+(?:that\s+)?(?:said|says|saying|read|reads|"
    r"reading|stated|stating)\b[^\"“”]{0,40}$"
)
# "The Harbour Board released a statement", "Doe sent a letter": its subject issued it.
ISSUES_DOCUMENT = re.compile(
    r"\b(?:issued|released|put out|sent|sent out|published|posted|filed|wrote|emailed)\s+"
    rf"(?:a|an)\s+(?:[a-z-]+\s+){{0,2}}?({_DOCUMENT})\b"
)
# "a statement from the Harbour Board", "a letter signed by Jane Doe": the name right after.
DOCUMENT_FROM = re.compile(
    rf"\b({_DOCUMENT})\s+(?:from|by|issued by|signed by|released by)\s+"
    r"(?:the\s+)?$"
)
# A name's possessive and what it owns: "Jane Doe's chief of staff".
POSSESSED = re.compile(r"(?:’s|'s|’|')\s+\w")
# "according to Jane Doe": the verb, the word after it, and the phrase after a quotation.
ACCORDING = "according"
ACCORDING_TO = re.compile(r"\s+to\b")
ACCORDING_AFTER = re.compile(r"\s*[,—–-]?\s*according to\b", re.I)
# A clause after a quotation that opens with one of these is not its attribution.
CLAUSE_OPENER = re.compile(r"(?:and|but|or|then|while|as)\b")
# ... nor one after a comma and such a word: ""…" between them, and since then she has said".
CLAUSE_BREAK = re.compile(r",\s*(?:and|but|or|then|while|as|since|because|although|though)\b")
# "…, saying "…"": a participle of speech after a comma carries the main clause's subject.
PARTICIPLE_ENDING = "ing"
# "said Jane Doe: "…"", "said she, "…"": a subject between a verb and its quotation.
INVERTED_GAP = re.compile(r"\s+(?:he|she|[A-Z][^,:;]*)[,:]\s*")
# "Jonas Vik and Erik Holm spoke": after a name, another joined to it.
AND_AFTER = re.compile(r"\s+(?:and|or|&)\s+[A-Z]")
