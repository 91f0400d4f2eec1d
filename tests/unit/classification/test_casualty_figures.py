"""Who killed how many: figures must come from the victims, not from the agent of the verb."""

from __future__ import annotations


def test_a_phrase_before_an_active_verb_is_the_agent_not_a_victim(judge):
    a = judge(
        "Dozens of troops reported killed in raid on army base",
        "A monitoring group said air strikes on a Syrian army base near Deir ez-Zor killed 41 soldiers.",
    )
    assert a.incident and a.killed == 41
    assert [(c.source, c.killed) for c in a.claims] == [("monitoring group", 41)]


def test_an_unnamed_patrol_that_kills_is_not_counted_as_dead(judge):
    a = judge("A patrol killed three militants near Kandahar, officials said")
    assert a.killed == 3


def test_a_single_victim_still_counts(judge):
    a = judge("A soldier was killed by a sniper in Avdiivka on Tuesday")
    assert a.incident and a.killed == 1
