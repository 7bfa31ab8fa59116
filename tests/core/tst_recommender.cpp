// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Recommender.h"
#include "core/Units.h"

#include <QTest>

#include <cmath>

using namespace localrig;
using namespace localrig::core;

namespace {

Platform platform(const char* id, const char* vendor, MemoryKind kind, double memGiB, double vramGiB, double bw,
                  double price, bool portable, double watts)
{
    Platform p;
    p.id = id;
    p.name = id;
    p.vendor = vendor;
    p.memoryKind = kind;
    p.backend = kind == MemoryKind::Discrete ? Backend::Cuda : Backend::Metal;
    p.memoryGiB = memGiB;
    p.vramGiB = vramGiB;
    p.bandwidthGBs = bw;
    p.priceUsd = price;
    p.portable = portable;
    p.loadWatts = watts;
    return p;
}

std::vector<Platform> catalog()
{
    return {
        platform("air16", "Apple", MemoryKind::Unified, 16, 0, 120, 999, true, 30),
        platform("mbp48", "Apple", MemoryKind::Unified, 48, 0, 273, 2399, true, 60),
        platform("studio128", "Apple", MemoryKind::Unified, 128, 0, 546, 4999, false, 120),
        platform("rtx24", "NVIDIA", MemoryKind::Discrete, 64, 24, 1008, 1599, false, 450),
    };
}

std::vector<TierSpec> tiers()
{
    return {{"tier1", "Tier 1", 16, 24, "Good start"},
            {"tier2", "Tier 2", 32, 48, "Best value"},
            {"tier3", "Tier 3", 64, 64, "Power users"},
            {"tier4", "Tier 4", 96, 128, "Specialized"}};
}

// Qwen3.6-35B-A3B-like at Q4_K_M: 35e9*4.85/8 = 21,218,750,000 B of weights.
std::vector<ModelNeed> qwenNeed()
{
    ModelNeed need;
    need.model.id = "qwen";
    need.model.name = "Qwen";
    need.model.totalParams = 35e9;
    need.model.activeParams = 3e9;
    need.model.attentionHeads = 16;
    need.model.kvGroups = gqaLayers(10, 2, 256);
    need.quant.bitsPerWeight = 4.85;
    need.workload = "coding-assistant";
    return {need};
}

std::vector<std::string> order(const Recommendation& plan)
{
    std::vector<std::string> ids;
    for (const auto& entry : plan.ranked) {
        ids.push_back(entry.platform.id);
    }
    return ids;
}

} // namespace

class TestRecommender final : public QObject
{
    Q_OBJECT

private slots:
    void testRequiredMemoryAndTier();
    void testCheapestFittingPlatformRanksFirst();
    void testVendorPreferenceChangesTheRanking();
    void testBudgetExcludesDearMachines();
    void testPortableOnly();
    void testMinimumSpeedCanRuleEverythingOut();
    void testOnlySlowWithinTheBudgetNamesWhatRunsItWell();
    void testBreakEvenPerPlatform();
    void testRejectsEmptyNeeds();
    void testTooSmallMachinesClosestFirst();
};

void TestRecommender::testRequiredMemoryAndTier()
{
    // Footprint at 8K: 21,218,750,000 + KV 2*10*2*256*2*8192 = 167,772,160 + overhead 0.5 GiB + 0.75 MiB*16
    // = 536,870,912 + 12,582,912 -> 21,935,975,984 B. Needed RAM = / 0.75 = 29,247,967,978.7 B = 27.24 GiB,
    // above Tier 1's 24 GB and within Tier 2's 48 GB.
    auto plan = recommend(qwenNeed(), catalog(), Scenario{}, PlanConstraints{}, tiers(),
                          SpeedCalibration::uncalibratedDefaults());
    QVERIFY(plan);
    QCOMPARE(plan.value().peakFootprintBytes, 21935975984.0);
    QVERIFY(std::abs(plan.value().requiredMemoryBytes - 21935975984.0 / 0.75) < 1.0);
    QVERIFY(plan.value().tier);
    QCOMPARE(plan.value().tier->id, std::string("tier2"));
}

void TestRecommender::testCheapestFittingPlatformRanksFirst()
{
    // 16 GB Air: 20.4 GiB > 10.67 GiB working set -> won't fit. RTX 24 GB: 20.4 <= 23 GiB -> fits, $1,599.
    // MBP 48: comfortable ($2,399). Studio 128: comfortable ($4,999). Cheapest fitting first, the Air last.
    auto plan = recommend(qwenNeed(), catalog(), Scenario{}, PlanConstraints{}, tiers(),
                          SpeedCalibration::uncalibratedDefaults());
    QVERIFY(plan);
    QCOMPARE(order(plan.value()), (std::vector<std::string>{"rtx24", "mbp48", "studio128", "air16"}));
    QVERIFY(plan.value().ranked.front().meetsNeeds);
    QVERIFY(!plan.value().ranked.back().meetsNeeds);
    QCOMPARE(plan.value().ranked.back().models.front().fit.verdict, FitVerdict::WontFit);
}

void TestRecommender::testVendorPreferenceChangesTheRanking()
{
    PlanConstraints constraints;
    constraints.vendor = "apple";
    auto plan
        = recommend(qwenNeed(), catalog(), Scenario{}, constraints, tiers(), SpeedCalibration::uncalibratedDefaults());
    QVERIFY(plan);
    QCOMPARE(order(plan.value()), (std::vector<std::string>{"mbp48", "studio128", "air16", "rtx24"}));
    QVERIFY(plan.value().ranked.back().excluded);
}

void TestRecommender::testBudgetExcludesDearMachines()
{
    PlanConstraints constraints;
    constraints.budgetUsd = 2000.0;
    auto plan
        = recommend(qwenNeed(), catalog(), Scenario{}, constraints, tiers(), SpeedCalibration::uncalibratedDefaults());
    QVERIFY(plan);
    // Within budget: rtx24 fits, air16 does not; over budget last, cheapest first.
    QCOMPARE(order(plan.value()), (std::vector<std::string>{"rtx24", "air16", "mbp48", "studio128"}));
    QVERIFY(plan.value().ranked.at(2).excluded);
    QCOMPARE(plan.value().ranked.at(2).reasons.front().code, ReasonCode::OverBudget);
}

void TestRecommender::testPortableOnly()
{
    PlanConstraints constraints;
    constraints.portableOnly = true;
    auto plan
        = recommend(qwenNeed(), catalog(), Scenario{}, constraints, tiers(), SpeedCalibration::uncalibratedDefaults());
    QVERIFY(plan);
    QCOMPARE(plan.value().ranked.front().platform.id, std::string("mbp48"));
}

void TestRecommender::testMinimumSpeedCanRuleEverythingOut()
{
    PlanConstraints constraints;
    constraints.minDecodeTps = 10000.0;
    auto plan
        = recommend(qwenNeed(), catalog(), Scenario{}, constraints, tiers(), SpeedCalibration::uncalibratedDefaults());
    QVERIFY(plan);
    QVERIFY(!plan.value().ranked.front().meetsNeeds);
    // Everything fits but nothing reaches 10,000 tokens/s: every machine is Slow, so there is no answer and
    // the plan says only slow machines run it (not that nothing fits).
    QVERIFY(!plan.value().recommended);
    QVERIFY(plan.value().ranked.front().verdict == BuyerVerdict::Slow);
    QCOMPARE(plan.value().reasons.back().code, ReasonCode::OnlySlow);
}

void TestRecommender::testOnlySlowWithinTheBudgetNamesWhatRunsItWell()
{
    // A $899 unified box at 30 GB/s: Qwen reads 21,218,750,000 x 3/35 = 1.82e9 B of weights a token, so at the
    // uncalibrated MoE efficiency 0.45 it decodes under 30e9 x 0.45 / 1.82e9 = 7.4 tokens/s: Slow. The Air ($999)
    // does not fit; the RTX ($1,599) runs it well but is over the $1,000 budget.
    std::vector<Platform> platforms = catalog();
    platforms.push_back(platform("slow64", "AMD", MemoryKind::Unified, 64, 0, 30, 899, false, 60));
    PlanConstraints constraints;
    constraints.budgetUsd = 1000.0;
    auto plan
        = recommend(qwenNeed(), platforms, Scenario{}, constraints, tiers(), SpeedCalibration::uncalibratedDefaults());
    QVERIFY(plan);
    QVERIFY(!plan.value().recommended);
    const Reason& why = plan.value().noRecommendationReason;
    QCOMPARE(why.code, ReasonCode::OnlySlowWithinConstraints);
    QCOMPARE(why.subject, std::string("slow64"));
    // The reason after it names the cheapest machine that runs the plan well, whatever the budget says.
    const std::vector<Reason>& reasons = plan.value().reasons;
    QCOMPARE(reasons.at(reasons.size() - 2).code, ReasonCode::OnlySlowWithinConstraints);
    QCOMPARE(reasons.back().code, ReasonCode::NoneWithinConstraints);
    QCOMPARE(reasons.back().subject, std::string("rtx24"));
    QCOMPARE(reasons.back().value, 1599.0);
    // The answer says both, in that order: the slow box within the budget, then the RTX and its price.
    const std::vector<Reason> answer = whyNothingRecommended(plan.value());
    QCOMPARE(answer.size(), std::size_t(2));
    QCOMPARE(answer.front().subject, std::string("slow64"));
    QCOMPARE(answer.back().subject, std::string("rtx24"));

    // With a minimum no machine reaches, the RTX is Slow too: nothing over the budget runs it well, so plain OnlySlow.
    constraints.minDecodeTps = 10000.0;
    auto allSlow
        = recommend(qwenNeed(), platforms, Scenario{}, constraints, tiers(), SpeedCalibration::uncalibratedDefaults());
    QVERIFY(allSlow);
    QCOMPARE(allSlow.value().noRecommendationReason.code, ReasonCode::OnlySlow);
    QCOMPARE(allSlow.value().reasons.back().code, ReasonCode::OnlySlow);
    QCOMPARE(whyNothingRecommended(allSlow.value()).size(), std::size_t(1));

    // Without the budget the RTX ($1,599, fits and runs well) is the answer, so there is nothing to explain.
    constraints = PlanConstraints{};
    auto bought
        = recommend(qwenNeed(), platforms, Scenario{}, constraints, tiers(), SpeedCalibration::uncalibratedDefaults());
    QVERIFY(bought && bought.value().recommended);
    QVERIFY(whyNothingRecommended(bought.value()).empty());
}

void TestRecommender::testBreakEvenPerPlatform()
{
    // RTX: 450 W x 8 h x 30.4375 d / 1000 x $0.1648 = $18.058/month; 1599 / (150 - 18.058) = 12.12 -> month 13.
    PlanConstraints constraints;
    constraints.apiUsdPerMonth = 150.0;
    auto plan
        = recommend(qwenNeed(), catalog(), Scenario{}, constraints, tiers(), SpeedCalibration::uncalibratedDefaults());
    QVERIFY(plan);
    QCOMPARE(plan.value().ranked.front().platform.id, std::string("rtx24"));
    QCOMPARE(plan.value().ranked.front().breakEvenMonth.value(), 13);
}

void TestRecommender::testRejectsEmptyNeeds()
{
    auto plan
        = recommend({}, catalog(), Scenario{}, PlanConstraints{}, tiers(), SpeedCalibration::uncalibratedDefaults());
    QVERIFY(!plan);
    QCOMPARE(plan.error().code, ErrorCode::InvalidInput);
}

QTEST_GUILESS_MAIN(TestRecommender)
void TestRecommender::testTooSmallMachinesClosestFirst()
{
    // A 400e9-parameter model at 4.85 bpw: 400e9 x 4.85 / 8 = 242.5e9 B = 225.8 GiB of weights, more than any
    // machine here. When nothing fits, "the closest are listed first": the 128 GB Studio (usable 124 GiB, after
    // the 4 GiB OS reserve) before the 64 GiB-RAM PC with its 24 GB card, the 48 GB MBP and the 16 GB Air
    // - by usable memory, not by price (the Air is the cheapest and would lead a price order).
    std::vector<ModelNeed> needs = qwenNeed();
    needs.front().model.totalParams = 400e9;
    needs.front().model.activeParams = 20e9;
    auto plan
        = recommend(needs, catalog(), Scenario{}, PlanConstraints{}, tiers(), SpeedCalibration::uncalibratedDefaults());
    QVERIFY(plan);
    QVERIFY(!plan.value().recommended);
    const std::vector<std::string> ids = order(plan.value());
    QCOMPARE(ids.front(), std::string("studio128"));
    QCOMPARE(ids.back(), std::string("air16"));
    for (std::size_t i = 1; i < plan.value().ranked.size(); ++i) {
        const auto usable = [](const PlatformAssessment& p) { return p.models.front().fit.hardLimitBytes; };
        QVERIFY(usable(plan.value().ranked[i - 1]) >= usable(plan.value().ranked[i]));
    }
}

#include "tst_recommender.moc"
