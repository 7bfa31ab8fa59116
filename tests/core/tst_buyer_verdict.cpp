// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/MachineAssessment.h"
#include "core/Recommender.h"
#include "core/SystemPrice.h"
#include "core/Units.h"

#include <QTest>

#include <cmath>

using namespace localrig;
using namespace localrig::core;

namespace {

Platform mac(const char* id, double ramGiB, double bandwidth, std::optional<double> price)
{
    Platform p;
    p.id = id;
    p.name = id;
    p.vendor = "Apple";
    p.formFactor = "laptop";
    p.memoryKind = MemoryKind::Unified;
    p.backend = Backend::Metal;
    p.memoryGiB = ramGiB;
    p.bandwidthGBs = bandwidth;
    p.priceUsd = price;
    return p;
}

Platform card(const char* id, double vramGiB, double price, double watts)
{
    Platform p;
    p.id = id;
    p.name = id;
    p.vendor = "NVIDIA";
    p.formFactor = "card";
    p.memoryKind = MemoryKind::Discrete;
    p.backend = Backend::Cuda;
    p.memoryGiB = 32;
    p.vramGiB = vramGiB;
    p.bandwidthGBs = 1792;
    p.fp16Tflops = 419.2;
    p.priceUsd = price;
    p.loadWatts = watts;
    return p;
}

HostBuild host(const char* id, double maxCardWatts, std::vector<double> partPrices)
{
    HostBuild h;
    h.id = id;
    h.name = id;
    h.maxCardWatts = maxCardWatts;
    h.baseWatts = 120;
    h.systemRamGiB = 64;
    h.systemBandwidthGBs = 89.6;
    for (double usd : partPrices) {
        h.parts.push_back({"part", usd, "https://example.org/part", "2026-11"});
    }
    return h;
}

// Qwen3.6-35B-A3B-like at Q4_K_M: 35e9 x 4.85 / 8 = 21,218,750,000 B of weights; KV 2 x 10 x 2 x 256 x 2 B
// = 20,480 B per token.
ModelNeed qwen(const char* workload, int context, int sessions)
{
    ModelNeed need;
    need.model.id = "qwen";
    need.model.name = "Qwen";
    need.model.totalParams = 35e9;
    need.model.activeParams = 3e9;
    need.model.attentionHeads = 16;
    need.model.kvGroups = gqaLayers(10, 2, 256);
    need.quant.id = "q4_k_m";
    need.quant.bitsPerWeight = 4.85;
    need.workload = workload;
    need.contextTokens = context;
    need.sessions = sessions;
    return need;
}

std::vector<TierSpec> tiers()
{
    return {{"tier2", "Tier 2", 32, 48, "Best value"}, {"tier4", "Tier 4", 96, 128, "Specialized"}};
}

const PlatformAssessment& row(const Recommendation& plan, const std::string& id)
{
    for (const PlatformAssessment& a : plan.ranked) {
        if (a.platform.id == id) {
            return a;
        }
    }
    static const PlatformAssessment none;
    return none;
}

} // namespace

class TestBuyerVerdict final : public QObject
{
    Q_OBJECT

private slots:
    void cardIsPricedWithTheCheapestHostThatPowersIt();
    void haveDesktopPricesTheCardAlone();
    void eachWorkloadIsSizedOnItsOwn();
    void concurrentWorkloadsShareWeightsAndBandwidth();
    void breakEvenIsSearchedTenYears();
    void unpricedAndTooLargeMachinesHaveNoBreakEven();
    void verdictLines();
    void startIsFasterThanFullContext();
};

void TestBuyerVerdict::cardIsPricedWithTheCheapestHostThatPowersIt()
{
    // A 575 W card: the $1,100 host's power supply is sized for 350 W of cards, so the $1,400 one is chosen.
    const std::vector<HostBuild> hosts{host("mainstream", 350, {300, 200, 250, 150, 100, 100}),
                                       host("high_watt", 600, {350, 250, 250, 300, 150, 100})};
    const Platform rtx = card("rtx5090", 32, 1999, 575);
    const SystemPrice price = systemPriceFor(rtx, &hosts, false);
    QVERIFY(price.host);
    QCOMPARE(price.host->id, std::string("high_watt"));
    QCOMPARE(*price.usd, 1999.0 + 1400.0); // card + 350 + 250 + 250 + 300 + 150 + 100
    QCOMPARE(price.parts.size(), std::size_t{7}); // the card and six parts
    QCOMPARE(price.loadWatts, 575.0 + 120.0); // the card's board power + the host's own draw
    // The card then sits in that host: 64 GB of DDR5 at 89.6 GB/s is its offload pool.
    const Platform system = asSystem(rtx, price);
    QCOMPARE(system.memoryGiB, 64.0);
    QCOMPARE(system.systemBandwidthGBs, 89.6);
    // A 160 W card takes the cheaper host.
    QCOMPARE(systemPriceFor(card("rtx4060ti", 16, 499, 160), &hosts, false).host->id, std::string("mainstream"));
    // A 900 W card no host is sized for: no system price.
    const SystemPrice none = systemPriceFor(card("big", 96, 8000, 900), &hosts, false);
    QVERIFY(!none.usd);
    QVERIFY(none.noHostFits);
    // A Mac is a machine already: its own price, one part.
    const SystemPrice laptop = systemPriceFor(mac("mbp48", 48, 273, 2399), &hosts, false);
    QCOMPARE(*laptop.usd, 2399.0);
    QVERIFY(!laptop.host);
}

void TestBuyerVerdict::haveDesktopPricesTheCardAlone()
{
    const std::vector<HostBuild> hosts{host("mainstream", 350, {1100})};
    const SystemPrice price = systemPriceFor(card("rtx4060ti", 16, 499, 160), &hosts, true);
    QVERIFY(price.cardOnly);
    QCOMPARE(*price.usd, 499.0);
    QCOMPARE(price.loadWatts, 160.0);
}

void TestBuyerVerdict::eachWorkloadIsSizedOnItsOwn()
{
    // Coding 128K x 2 and RAG 16K x 1 on one model. Coding: KV 20,480 x 131,072 x 2 = 5,368,709,120 B;
    // RAG: 20,480 x 16,384 = 335,544,320 B. One at a time the plan needs the larger alone.
    const std::vector<ModelNeed> needs{qwen("coding", 131072, 2), qwen("rag", 16384, 1)};
    PlanConstraints constraints;
    auto plan = recommend(needs, {mac("mbp48", 48, 273, 2399)}, Scenario{}, constraints, tiers(),
                          SpeedCalibration::uncalibratedDefaults());
    QVERIFY(plan);
    QCOMPARE(plan.value().workloads.size(), std::size_t{2});
    const double codingKv = plan.value().ranked.front().models.at(0).memory.kvCacheBytes;
    const double ragKv = plan.value().ranked.front().models.at(1).memory.kvCacheBytes;
    QCOMPARE(codingKv, 20480.0 * 131072 * 2);
    QCOMPARE(ragKv, 20480.0 * 16384);
    QCOMPARE(plan.value().peakFootprintBytes, plan.value().workloads.at(0).footprintBytes);
    QVERIFY(!plan.value().concurrent);
}

void TestBuyerVerdict::concurrentWorkloadsShareWeightsAndBandwidth()
{
    const std::vector<ModelNeed> needs{qwen("coding", 131072, 2), qwen("rag", 16384, 1)};
    std::vector<MemoryBreakdown> memories;
    for (const ModelNeed& need : needs) {
        memories.push_back(estimateMemory(need.model, need.quant, scenarioFor(need, Scenario{})).value());
    }
    // Same model and quantization: weights and runtime once, both caches.
    const MemoryBreakdown together = concurrentFootprint(needs, memories);
    QCOMPARE(together.weightsBytes, 21218750000.0);
    QCOMPARE(together.kvCacheBytes, 20480.0 * 131072 * 2 + 20480.0 * 16384);
    QCOMPARE(together.overheadBytes, memories.front().overheadBytes);

    PlanConstraints alone;
    PlanConstraints concurrent;
    concurrent.concurrentModels = true;
    const std::vector<Platform> machines{mac("studio96", 96, 819, 3999)};
    auto a = recommend(needs, machines, Scenario{}, alone, tiers(), SpeedCalibration::uncalibratedDefaults());
    auto b = recommend(needs, machines, Scenario{}, concurrent, tiers(), SpeedCalibration::uncalibratedDefaults());
    QVERIFY(a && b);
    QVERIFY(b.value().concurrent);
    QCOMPARE(b.value().peakFootprintBytes, together.totalBytes);
    // Sharing the bus: each workload's speed falls by its share of the summed step times, so the two shares
    // add up to one: s_coding / a_coding + s_rag / a_rag = 1.
    const auto& ma = a.value().ranked.front().models;
    const auto& mb = b.value().ranked.front().models;
    const double shares = mb.at(0).speed.aggregateDecodeTps.expected / ma.at(0).speed.aggregateDecodeTps.expected
        + mb.at(1).speed.aggregateDecodeTps.expected / ma.at(1).speed.aggregateDecodeTps.expected;
    QVERIFY(std::abs(shares - 1.0) < 1e-9);
}

void TestBuyerVerdict::breakEvenIsSearchedTenYears()
{
    // $7,349 against $150 a month with no electricity: 7,349 / 150 = 48.99, so month 49 (the old 36-month
    // horizon said "never"). Against $50 a month: 147 months, past ten years.
    PlanConstraints constraints;
    constraints.apiUsdPerMonth = 150.0;
    constraints.minDecodeTps = 1.0;
    constraints.thresholds.slowFirstTokenSeconds = 1e4;
    const std::vector<ModelNeed> needs{qwen("rag", 16384, 1)};
    auto plan = recommend(needs, {mac("studio", 96, 819, 7349)}, Scenario{}, constraints, tiers(),
                          SpeedCalibration::uncalibratedDefaults());
    QVERIFY(plan);
    QVERIFY(plan.value().ranked.front().breakEven == BreakEvenKind::Month);
    QCOMPARE(*plan.value().ranked.front().breakEvenMonth, 49);
    constraints.apiUsdPerMonth = 50.0;
    plan = recommend(needs, {mac("studio", 96, 819, 7349)}, Scenario{}, constraints, tiers(),
                     SpeedCalibration::uncalibratedDefaults());
    QVERIFY(plan.value().ranked.front().breakEven == BreakEvenKind::NotWithinHorizon);
    QVERIFY(!plan.value().ranked.front().breakEvenMonth);
}

void TestBuyerVerdict::unpricedAndTooLargeMachinesHaveNoBreakEven()
{
    PlanConstraints constraints;
    constraints.apiUsdPerMonth = 150.0;
    const std::vector<ModelNeed> needs{qwen("coding", 131072, 2)};
    auto plan = recommend(needs, {mac("noprice", 96, 819, std::nullopt), mac("air16", 16, 120, 999)}, Scenario{},
                          constraints, tiers(), SpeedCalibration::uncalibratedDefaults());
    QVERIFY(plan);
    QVERIFY(row(plan.value(), "noprice").breakEven == BreakEvenKind::Unknown);
    QVERIFY(row(plan.value(), "air16").verdict == BuyerVerdict::TooLarge);
    QVERIFY(row(plan.value(), "air16").breakEven == BreakEvenKind::NotApplicable);
    // The unpriced machine cannot be the answer, even though it runs the plan.
    QVERIFY(!plan.value().recommended);
    QVERIFY(plan.value().noRecommendationReason.code == ReasonCode::OnlyUnpriced);
    // With a budget, an unknown price is left out altogether.
    constraints.budgetUsd = 5000.0;
    plan = recommend(needs, {mac("noprice", 96, 819, std::nullopt)}, Scenario{}, constraints, tiers(),
                     SpeedCalibration::uncalibratedDefaults());
    QVERIFY(plan.value().ranked.front().excluded);
}

void TestBuyerVerdict::verdictLines()
{
    const std::vector<ModelNeed> needs{qwen("rag", 16384, 1)};
    PlanConstraints constraints;
    // A Mac with no published FLOPS: no first-token time, so Good at best, and the reason says why.
    auto plan = recommend(needs, {mac("mbp48", 48, 273, 2399)}, Scenario{}, constraints, tiers(),
                          SpeedCalibration::uncalibratedDefaults());
    QVERIFY(plan.value().ranked.front().verdict == BuyerVerdict::Good);
    QVERIFY(plan.value().ranked.front().verdictReason.code == ReasonCode::FirstTokenUnknown);
    // With FLOPS: 0.5 x 40e12 / (2 x 3e9) = 3,333 prefill t/s; a 4,096-token prompt takes 1.2 s: Great.
    Platform fast = mac("mbp48", 48, 273, 2399);
    fast.fp16Tflops = 40.0;
    plan = recommend(needs, {fast}, Scenario{}, constraints, tiers(), SpeedCalibration::uncalibratedDefaults());
    QVERIFY(plan.value().ranked.front().verdict == BuyerVerdict::Great);
    QVERIFY(plan.value().recommended);
    // Demanding 500 t/s at full context: Slow, with the context that fills in the reason.
    constraints.minDecodeTps = 500.0;
    plan = recommend(needs, {fast}, Scenario{}, constraints, tiers(), SpeedCalibration::uncalibratedDefaults());
    const Reason why = plan.value().ranked.front().verdictReason;
    QVERIFY(plan.value().ranked.front().verdict == BuyerVerdict::Slow);
    QVERIFY(why.code == ReasonCode::SlowAtFullContext);
    QCOMPARE(why.detail, 16384.0);
    QCOMPARE(why.limit, 500.0);
    // 25.3 GiB of coding on a 32 GB Mac is over its 24 GiB headroom line: Too large for a buyer.
    plan = recommend({qwen("coding", 131072, 2)}, {mac("mbp32", 32, 273, 1799)}, Scenario{}, PlanConstraints{}, tiers(),
                     SpeedCalibration::uncalibratedDefaults());
    QVERIFY(plan.value().ranked.front().verdict == BuyerVerdict::TooLarge);
    QVERIFY(plan.value().ranked.front().verdictReason.code == ReasonCode::ModelTight);
}

void TestBuyerVerdict::startIsFasterThanFullContext()
{
    // At the start a session holds only the 4,096-token prompt: 20,480 x 4,096 = 84 MB of cache per token
    // read; full, 2 x 128K hold 5.37 GB. Decode reads weights + cache, so start > typical > full.
    auto plan = recommend({qwen("coding", 131072, 2)}, {mac("studio96", 96, 819, 3999)}, Scenario{}, PlanConstraints{},
                          tiers(), SpeedCalibration::uncalibratedDefaults());
    const ModelOnPlatform& m = plan.value().ranked.front().models.front();
    QVERIFY(m.decodeStartTps.expected > m.decodeTypicalTps.expected);
    QVERIFY(m.decodeTypicalTps.expected > m.decodeFullTps.expected);
    QCOMPARE(m.decodeFullTps.expected, m.speed.decodeTps.expected);
}

QTEST_GUILESS_MAIN(TestBuyerVerdict)
#include "tst_buyer_verdict.moc"
