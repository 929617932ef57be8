"""Genetic information: test results and family medical history."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..lexicon import generated_list
from .base import Cand, FunctionRecognizer, PatternRecognizer, rx
from .vocabulary import REL_BLOOD

RULES: tuple[tuple[re.Pattern, str, str], ...] = (
    # A test of one's genes by any of its names: "the genetic panel", "a gene panel", "the
    # hereditary cancer screen", "carrier screens".
    (
        rx(
            r"\b(?:genetic|gene|hereditary\s+cancer|carrier)\s+(?:panels?|screens?|screening|"
            r"reports?|results?|counsel(?:l)?ors?|counsel(?:l)?ing|workup|tests?|testing)\b"
        ),
        "genetic_information",
        "genetic-test",
    ),
    # genetic information
    (
        rx(r"\b(?:runs|run|ran|running)\s+in\s+(?:my|his|her|the|our|their)\s+family\b"),
        "genetic_information",
        "runs-in-family",
    ),
    (
        rx(r"\b(?:it\s+)?runs\s+in\s+(?:my|his|her|the|our|their)\s+family\b"),
        "genetic_information",
        "runs-in-family",
    ),
    # The illness a relative died of, named again: "the same disease that took his father".
    (
        rx(
            r"\b(?:the\s+)?same\s+(?:illness|disease|cancer|condition|thing|heart\s+thing|sickness)\s+"
            r"(?:that\s+|which\s+)?(?:took|killed|got|claimed)\s+(?:my|his|her|their|our)\s+"
            r"(?:own\s+)?(?:mom|mother|mama|dad|father|papa|grand(?:ma|pa|mother|father)|brother|"
            r"sister|uncle|aunt|parents|grandparents)\b"
        ),
        "genetic_information",
        "same-as-relative",
    ),
    # "we all got tested, we're all carriers": carriers after a test or a genetic word.
    (
        rx(
            r"\b(?:tested|testing|screened|screening|genetic|genes?|DNA)\b[^.!?]{0,60}?\b((?:I'm|I’m|"
            r"I\s+am|we're|we’re|we\s+are|he's|he’s|she's|she’s|they're|they’re|he\s+is|she\s+is|"
            r"they\s+are)\s+(?:all\s+|both\s+)?(?:a\s+)?carriers?)\b"
        ),
        "genetic_information",
        "carrier",
    ),
    # A carrier said in words: "carry one copy of the sickle cell gene".
    (
        rx(
            r"\b(?:carry|carries|carrying|have|has)\s+(?:one|a|two|1|2|a\s+single)\s+cop(?:y|ies)\s+"
            r"of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:genes?|mutations?|variants?|alleles?)\b"
        ),
        "genetic_information",
        "carrier",
    ),
    # One side of the family: "runs on my mom's side", "dad's whole side has it".
    (
        rx(
            r"\b(?:it\s+)?(?:runs|ran)\s+(?:on|down|through|thru)\s+(?:my|his|her|our|their)\s+"
            r"(?:whole\s+|entire\s+)?(?:(?:mom|mother|"
            r"dad|father|mama|papa|moms|dads)(?:'s|’s)?\s+)?side\b(?!\s+of\b)"
            r"|\b(?:mom|mother|dad|father|mama|papa)(?:'s|’s)\s+(?:whole\s+|entire\s+)?side\s+"
            r"(?:has|had|carries|carried|all\s+(?:have|had))\s+(?:it|this|that|the\s+gene)\b"
        ),
        "genetic_information",
        "runs-in-family",
    ),
    (
        rx(
            r"\bfamily\s+history\s+of\s+(?:[a-z'’]+\s+){0,3}?(?:cancer|disease|diabetes|"
            r"alzheimer'?s|dementia|"
            r"huntington'?s|heart attacks?|strokes?|schizophrenia|bipolar|depression|addiction|"
            r"alcoholism|[a-z]+)\b"
        ),
        "genetic_information",
        "family-history",
    ),
    (
        rx(
            r"\b(?:same as|like)\s+(?:my|his|her|their)\s+"
            + REL_BLOOD
            + r"(?:\s+and\s+(?:my|his|her|their)?\s*"
            + REL_BLOOD
            # a relative called by name: "same as my mom and Aunt Terri"
            + r"(?:\s+(?-i:[A-Z])[a-z]+)?)?\b"
        ),
        "genetic_information",
        "relative-shares",
    ),
    (
        rx(
            r"\b(?:my|his|her|their)\s+"
            + REL_BLOOD
            # a relative called by name: "my aunt Debbie has it now too"
            + r"(?:\s+(?-i:[A-Z])[a-z]+)?"
            + r"(?:\s+and\s+(?:my|his|her|their|both\s+(?:my|his|her))?\s*"
            + REL_BLOOD
            + r")?\s+(?:both\s+|also\s+|all\s+)?(?:had|has|have|died of|passed from)\s+"
            r"(?:it(?:\s+now)?(?:\s+too)?|"
            r"the same|the gene|the mutation)\b"
        ),
        "genetic_information",
        "relative-shares",
    ),
    (
        rx(
            # with the carrier when said: "I carry the trait", "we both carry the CF gene"
            r"\b(?:(?:I|he|she|we|they|we\s+both|both\s+of\s+us)\s+(?=carr))?"
            r"(?:carry|carries|carrier of|carrier for|positive for|tested positive "
            r"for)\s+(?:the\s+|a\s+)?"
            r"(?:[A-Za-z0-9-]+\s+){0,2}?(?:gene|genes|trait|mutation|variant)\b"
        ),
        "genetic_information",
        "carrier",
    ),
    (
        rx(r"\b[A-Z][A-Za-z0-9-]{1,10}\s+(?:carrier|carriers|mutation|variant)\b", 0),
        "genetic_information",
        "carrier",
    ),
    (
        rx(r"\b(?:(?:one|two|a)\s+cop(?:y|ies)\s+of\s+)[A-Z]{2,}[0-9]*\b", 0),
        "genetic_information",
        "allele",
    ),
    (rx(r"\b[A-Z]{3,6}\d\s+(?:test|testing|results?)\b", 0), "genetic_information", "gene-test"),
    (
        rx(
            r"\b[A-Z]{2,6}\d{0,2}[A-Z]?\s+gene\s+(?:test|testing|panel|screening|mutation|variant)s?\b",
            0,
        ),
        "genetic_information",
        "gene-test",
    ),
    (
        # a test with no other name; a drug, COVID or pregnancy test is not a genetic one
        rx(
            r"\b(?:\w+'s\s+)?(?<!drug\s)(?<!covid\s)(?<!urine\s)(?<!UA\s)(?<!flu\s)(?<!strep\s)"
            r"(?<!TB\s)(?<!hair\s)(?<!rapid\s)(?<!pregnancy\s)(?<!breath\s)(?<!alcohol\s)"
            r"(?:test|testing|screening)\s+(?:came back|was|is)\s+positive\b"
        ),
        "genetic_information",
        "test-positive",
    ),
    (
        rx(
            r"\b(?:a\s+)?carriers?\s+(?:for|of)\s+(?:the\s+)?(?:cystic fibrosis|CF|sickle cell|"
            r"Tay-Sachs|SMA|spinal muscular atrophy|hemophilia|thalassemia|fragile X|BRCA[12]?|"
            r"Huntington's|the\s+\w+\s+gene|a\s+\w+\s+mutation)\b"
        ),
        "genetic_information",
        "carrier",
    ),
)

# Inherited conditions a carrier is named for (ACOG's carrier screening).
CARRIED = (
    r"(?:cystic fibrosis|CF|sickle[- ]cell|Tay-Sachs|SMA|spinal muscular atrophy|hemophilia|"
    r"thalassemia|fragile X|BRCA[12]?|Huntington's|Gaucher|Canavan|hemochromatosis)"
)
KIN = (
    r"(?:(?:both|two|three|all)\s+(?:of\s+)?)?(?:(?:my|our|his|her|their)\s+)?(?:"
    + REL_BLOOD[3:-1]
    + r"|daddy|mommy|aunties|granddad)\b"
    # called by name, at an age: "Aunt Bev at 61", "my grandpa at 58"
    r"(?:\s+(?-i:[A-Z])[a-z]+)?(?:\s+at\s+\d{2})?"
)
FAMILY_ILLNESS: tuple[tuple[re.Pattern, str, str], ...] = (
    # "we're both sickle cell trait", "turns out I'm a Tay-Sachs carrier"
    (
        rx(
            r"\b(?:I'm|I’m|I\s+am|we're|we’re|we\s+are|he's|he’s|she's|she’s|they're|they’re)\s+"
            r"(?:both\s+|all\s+)?(?:a\s+)?" + CARRIED + r"\s+(?:trait|carriers?|positive)\b"
        ),
        "genetic_information",
        "carrier",
    ),
    # The illness a relative had, had again: "fighting the same prostate cancer his dad had";
    # a relative called by name who had it: "since Dad had it at 45".
    (
        rx(
            r"\bthe\s+same\s+(?:[\w'’-]+\s+){0,3}?(?:illness|disease|cancer|condition|thing|tumou?r)\s+"
            r"(?:that\s+)?" + KIN + r"\s+(?:had|has|died\s+of|passed\s+from|fought|beat)\b"
            r"|\b(?-i:Dad|Mom|Mama|Daddy|Papa|Grandma|Grandpa|Nana|Granny|Pops)\s+(?:had|has)\s+it"
            r"(?:\s+too)?(?:\s+(?:at|by)\s+\d{2})?\b"
        ),
        "genetic_information",
        "relative-shares",
    ),
    # A relative lost to an illness: "3 yrs since we lost dad to Huntington's", "lost my mom to
    # breast cancer".
    (
        rx(
            r"\blost\s+"
            + KIN
            + r"\s+to\s+(?:[\w'’-]+\s+){0,2}?(?:cancer|disease|diabetes|strokes?|"
            r"dementia|leukemia|lymphoma|(?-i:ALS|PKD|COPD|CKD|MS)|(?-i:[A-Z])[a-z]+['’]s)\b"
        ),
        "genetic_information",
        "family-history",
    ),
    # An illness that took relatives: "Breast cancer took my grandma and two aunties", "Heart
    # trouble took Daddy and both his brothers before 60".
    (
        rx(
            r"\b(?:(?:[\w'’-]+\s+)?(?:cancer|disease|trouble|attacks?|strokes?|alzheimer'?s|"
            r"dementia|parkinson'?s|diabetes|leukemia|lymphoma|tumou?rs?|(?-i:ALS|PKD|COPD|CKD|MS|HD)))"
            r"\s+(?:took|killed|claimed)\s+" + KIN + r"(?:,?\s+(?:and|&)\s+" + KIN + r")*"
            r"(?:\s+(?:at|before|by)\s+\d{2})?"
        ),
        "genetic_information",
        "family-history",
    ),
)

# A genetic test and its outcome, whatever the gene: "BRCA results came back negative",
# "negative for the LRRK2 variant", "the genetic screening came back clear".
# A gene symbol carries a digit (BRCA1, LRRK2, APOE4) or is named as genetic; "COVID test" and
# "drug test" are not genetic tests.
GENE = (
    r"(?:(?-i:[A-Z]{2,6}\d{1,2}[A-Z]?)|BRCA|genetic|DNA|carrier|chromosome|NIPT|NIPS|"
    r"PGT(?:-[AM])?|PGS)"
)
TEST_OUTCOMES = (
    # a genetic test of embryos or of a pregnancy named alone: "PGT came back normal on both"
    (
        rx(
            r"\b(?-i:NIPT|NIPS|PGT(?:-[AM])?|PGS)\s+(?:results?\s+)?(?:came|come|comes)\s+back\s+"
            r"(?:negative|positive|clear|normal|abnormal|fine|good|bad)\b(?:\s+on\s+(?:both|all|"
            r"\w+)\s+embryos?)?"
        ),
        "genetic_information",
        "test-outcome",
    ),
    (
        rx(
            r"\b(?:the\s+|my\s+|his\s+|her\s+)?" + GENE + r"\s+(?:gene\s+)?(?:screening|test|"
            r"testing|panel|results?|report)\s+(?:results?\s+)?(?:came|come|comes)\s+back\s+"
            r"(?:negative|positive|clear|normal|abnormal|fine|good|bad)\b"
        ),
        "genetic_information",
        "test-outcome",
    ),
    (
        rx(
            r"\b(?:negative|positive|tested\s+negative|tested\s+positive)\s+for\s+(?:the\s+|a\s+)?"
            r"(?-i:[A-Z]{2,6}\d{0,2}[A-Z]?)\s+(?:gene\s+)?(?:variant|mutation|gene|allele)s?\b"
        ),
        "genetic_information",
        "test-outcome",
    ),
)


def _gene_tiers() -> dict[str, bool]:
    """Gene symbols (HPO gene annotations, built by scripts/build_lexicons.py): alone or not."""
    lines = generated_list("genetic_information.genes.txt")
    return {symbol: tier == "alone" for symbol, tier in (line.split("\t") for line in lines)}


GENES = _gene_tiers()
SYMBOL = re.compile(r"(?<![\w-])[A-Z][A-Za-z0-9-]{1,13}(?![\w-])")
# an allele written onto the symbol: "APOE4", "APOE-e4"
ALLELE = re.compile(r"(?:-?[eε]\d|(?<=[A-Z])\d)$")
GENETIC_WORDS = rx(
    r"\b(?:genes?|genetic|genetics|mutations?|variants?|carriers?|positive|negative|alleles?|"
    r"cop(?:y|ies)|tested|testing|tests?|panel|DNA|inherited|hereditary)\b"
)
GENE_AFTER = rx(r"\s+(?:gene\s+)?(?:mutation|variant|carrier|positive|negative|gene)s?\b")
COPY_BEFORE = rx(r"\b(?:one|two|a|both|1|2)\s+cop(?:y|ies)\s+of\s+(?:the\s+)?$")


def _genes(text: str) -> Iterator[Cand]:
    """A gene named by its symbol: "BRCA2", "LRRK2 positive", "one copy of the APOE4 gene".

    A short or word-like symbol ("HFE", "CAT") counts only beside a genetic word.
    """
    for m in SYMBOL.finditer(text):
        symbol = m.group()
        alone = GENES.get(symbol)
        if alone is None:
            alone = GENES.get(ALLELE.sub("", symbol))
        if alone is None:
            continue
        window = text[max(0, m.start() - 40) : m.end() + 40]
        if not alone and not GENETIC_WORDS.search(window):
            continue
        start, end = m.start(), m.end()
        after = GENE_AFTER.match(text, end)
        end = after.end() if after else end
        before = COPY_BEFORE.search(text, max(0, start - 25), start)
        start = before.start() if before else start
        yield start, end, "genetic_information", "rule:genetic_information:gene-symbol"


RECOGNIZERS = (
    PatternRecognizer("genetic_information", RULES),
    PatternRecognizer("genetic-test-outcome", TEST_OUTCOMES),
    PatternRecognizer("family-illness", FAMILY_ILLNESS),
    FunctionRecognizer("gene-symbols", _genes),
)
