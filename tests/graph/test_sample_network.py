"""The sample network shows every feature working: a pipeline with people at every stage,
warmth of every kind, and warm paths that rank by it. Real SQLite."""

from __future__ import annotations

from collections import Counter

from crm_desktop.services.contacts import contacts, filters
from crm_desktop.services.contacts.types import STAGES, WARMTH
from crm_desktop.services.graph import warm_path


def test_every_pipeline_stage_has_someone(sample_db):
    counts = filters.stage_counts()
    assert {stage: counts.get(stage, 0) for stage in STAGES} == {
        stage: counts.get(stage, 0) or "nobody" for stage in STAGES
    }


def test_warmth_is_a_mix_of_close_warm_cold_and_not_set(sample_db):
    people = [contacts.get_contact(r.id) for r in contacts.list_contacts()]
    warmth = Counter(p.warmth for p in people)
    assert set(warmth) == {*WARMTH, ""}
    assert max(warmth.values()) < len(people) / 2  # a mix, not nearly everyone alike


def test_a_warm_path_to_a_company_ranks_equal_chains_by_warmth(sample_db):
    found = warm_path.find("Helio Energy")
    two_steps = [c for c in found.chains if c.length == 2]
    # Nadia (warm) before Aisha (cold): warmth, not the alphabet, decides.
    assert [c.target.full_name for c in two_steps] == ["Nadia Haddad", "Aisha Bello"]
    assert [c.weakest.warmth for c in two_steps] == ["warm", "cold"]
    assert two_steps[0].line() == "Me → Zoë Lefèvre (close) → Nadia Haddad (warm) at Helio Energy"
