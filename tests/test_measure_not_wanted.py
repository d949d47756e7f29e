"""A measure said after "not just" is the one not wanted, in English and when read from Chinese; 不计 / 唔計 leave a
kind out (outsider120, a Hong Kong associate writing Cantonese).

"deal size 總共幾多？唔該俾total唔係淨milestone" (the total please, not just the milestones) had summed the
milestones: the own-context rule took "not the milestones" but not "not just the milestones", and it ran before the
Chinese was read into English. "(modality 係 ADC，唔計bispecific ADC)" counted the bispecific ADCs it leaves out."""

from __future__ import annotations

import pytest

from assistant.routing.router import Router
from tests.conftest import one_call, route


@pytest.mark.parametrize(
    "question",
    [
        "Hengrui GSK July 2025 deal size in total? please give the total, not just the milestones",
        "恒瑞同GSK 2025年7月嗰單 deal size 總共幾多？唔該俾total唔係淨milestone",
        "恒瑞和GSK 2025年7月那笔 deal size 总共多少？请给total不是只给milestone",
        "CSPC, all its deals combined: total deal value please, not the upfronts",
        "Hansoh-Roche vs Kelun-Crescent: compare them on total, not on milestones",
    ],
)
def test_the_measure_after_not_just_is_not_the_one_asked(router: Router, question: str) -> None:
    calls = route(router, question).tool_calls
    assert calls and all(call.args.get("metric") == "total" for call in calls), calls


def test_a_measure_still_asked_alone_is_read(router: Router) -> None:
    # "not" inside the clause is no measure left out: "which deals had an upfront but not the total disclosed?"
    call = one_call(route(router, "恒瑞和GSK 2025年7月那笔的milestone是多少？"))
    assert call.args.get("metric") == "milestones", call.args


@pytest.mark.parametrize(
    "question",
    [
        "2025年公布嘅ADC授權有幾多單？(modality 係 ADC，唔計bispecific ADC)",
        "2025年ADC交易有几笔，不计双抗ADC",
    ],
)
def test_not_counting_leaves_the_kind_out(router: Router, question: str) -> None:
    call = one_call(route(router, question))
    assert call.args["filter"].get("modality") == "ADC", call.args
    assert call.args["filter"].get("exclude_modalities") == ["Bispecific ADC"], call.args
