"""factory_boy factories for the records tests need."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import factory
from factory.alchemy import SQLAlchemyModelFactory

from vetting.audit import Actor
from vetting.extensions import db
from vetting.models import (
    Assignment,
    Candidate,
    ChecklistItem,
    ChecklistTemplate,
    ChecklistVersion,
    Cycle,
    Designation,
    Finding,
    User,
    UserRole,
    Vetting,
)
from vetting.services.accounts import hash_password, issue_token

PASSWORD = "correct horse battery"
_PASSWORD_HASH = hash_password(PASSWORD)  # argon2 is slow on purpose: hash once per run


class Base(SQLAlchemyModelFactory):
    class Meta:
        abstract = True
        sqlalchemy_session_factory = lambda: db.session  # noqa: E731
        sqlalchemy_session_persistence = "flush"


class UserFactory(Base):
    class Meta:
        model = User
        exclude = ("roles",)

    username = factory.Sequence(lambda n: f"user{n}")
    password_hash = _PASSWORD_HASH
    roles: list[str] = []
    role_rows = factory.LazyAttribute(lambda o: [UserRole(role=r) for r in o.roles])


class DesignationFactory(Base):
    class Meta:
        model = Designation

    user = factory.SubFactory(UserFactory)
    expires_on = factory.LazyFunction(lambda: date.today() + timedelta(days=365))
    acknowledgment = "I acknowledge the confidentiality duties of a sensitive position."


class ChecklistVersionFactory(Base):
    class Meta:
        model = ChecklistVersion

    template = factory.Sequence(lambda n: ChecklistTemplate(name=f"Checklist {n}"))
    number = 1

    @factory.post_generation
    def items(self, create, extracted, **kwargs):
        keys = extracted or ["social-media", "news", "public-records"]
        self.items = [
            ChecklistItem(
                key=k, title=k.replace("-", " ").title(), position=i, guidance=f"Search {k}."
            )
            for i, k in enumerate(keys)
        ]


class CycleFactory(Base):
    class Meta:
        model = Cycle

    name = factory.Sequence(lambda n: f"Police Officer 2027-{n}")
    position = "Police Officer"
    search_window_years = 7
    checklist_version = factory.SubFactory(ChecklistVersionFactory)


class AssignmentFactory(Base):
    class Meta:
        model = Assignment

    cycle = factory.SubFactory(CycleFactory)
    user = factory.SubFactory(UserFactory)
    role = "searcher"


class CandidateFactory(Base):
    class Meta:
        model = Candidate

    cycle = factory.SubFactory(CycleFactory)
    name = factory.Sequence(lambda n: f"Candidate {n}")
    consent_on = factory.LazyFunction(lambda: date.today() - timedelta(days=3))
    vetting = factory.LazyAttribute(
        lambda o: Vetting(checklist_version_id=o.cycle.checklist_version.id)
    )


class FindingFactory(Base):
    class Meta:
        model = Finding

    vetting = factory.LazyAttribute(lambda o: CandidateFactory().vetting)
    item_id = factory.LazyAttribute(lambda o: o.vetting.checklist_version.items[0].id)
    url = "https://example.org/post/1"
    platform = "Facebook"
    platform_kind = "social media"
    captured_at = factory.LazyFunction(lambda: datetime.now(UTC) - timedelta(days=1))
    method = "public_profile"
    excerpt = "Posted a video of a fight outside a bar."
    relevance = "violence_threat"
    notes = "Account linked from the application."
    attested_lawful = True
    logged_by = factory.SubFactory(UserFactory, roles=["searcher"])


def token_for(user: User) -> str:
    """A fresh API token for ``user``."""
    return issue_token(Actor(None, "test", name="test"), user)
