"""One name per stored code, the same on every role's pages, packets and messages."""
from __future__ import annotations

OUTCOME_LABELS = {
    "finding": "Finding",
    "nothing_found": "Nothing found",
    "not_applicable": "Not applicable",
}
METHOD_LABELS = {
    "search_engine": "Search engine",
    "public_profile": "Public profile",
    "public_records": "Public records",
    "news_archive": "News archive",
    "candidate_provided": "Provided by the candidate",
}
RELEVANCE_NAMES = {
    "violence_threat": "Violence or threats",
    "illegal_drugs": "Illegal drugs",
    "criminal_activity": "Criminal activity",
    "harassment": "Harassment",
    "discriminatory_speech": "Discriminatory speech",
    "confidential_disclosure": "Disclosure of confidential information",
    "dishonesty": "Dishonesty",
    "weapons": "Weapons",
    "gang_activity": "Gang activity",
    "alcohol_misconduct": "Alcohol-related misconduct",
    "other_misconduct": "Other misconduct",
}
DECISION_LABELS = {
    "proceed": "Proceed",
    "do_not_proceed": "Do not proceed",
    "needs_more_information": "Needs more information",
}
# The protected classes the redaction pass removes, as the policy names them.
CATEGORY_LABELS = {
    "race_color": "race or colour",
    "national_origin": "national origin",
    "religion": "religion",
    "sex": "sex",
    "sexual_orientation": "sexual orientation",
    "gender_identity": "gender identity",
    "age": "age",
    "disability": "disability",
    "pregnancy": "pregnancy",
    "genetic_information": "genetic information",
    "marital_status": "marital status",
    "military_status": "military status",
    "political_affiliation": "political affiliation",
}
# How people name the kinds of a candidate's identifiers.
IDENTIFIER_LABELS = {
    "alias": "Alias or former name", "handle": "Account handle", "email": "E-mail address",
    "phone": "Phone number", "city": "City of residence", "employer": "Employer",
    "school": "School", "other": "Other",
}

KINDS = {"method": METHOD_LABELS, "relevance": RELEVANCE_NAMES, "outcome": OUTCOME_LABELS,
         "decision": DECISION_LABELS, "category": CATEGORY_LABELS, "identifier": IDENTIFIER_LABELS}


def label(names: dict[str, str], value: str) -> str:
    """The human name of a stored code, or the code itself when it has none."""
    return names.get(value, value.replace("_", " "))


def human_label(kind: str, value: str | None) -> str:
    """A stored code (method, relevance, outcome, decision, category) as people read it."""
    return label(KINDS[kind], value or "")
