// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/GuideLints.h"
#include "core/Units.h"
#include "core/VerdictChanges.h"
#include "core/Workload.h"

#include <QTest>

#include <algorithm>

using namespace localrig;
using namespace localrig::core;

namespace {

ModelSpec model(const char* id, const char* name, double totalB, double activeB, int layers, int kvHeads, int headDim)
{
    ModelSpec m;
    m.id = id;
    m.name = name;
    m.totalParams = totalB * 1e9;
    m.activeParams = activeB * 1e9;
    m.kvGroups = gqaLayers(layers, kvHeads, headDim);
    m.attentionHeads = 32;
    m.nativeContext = 131072;
    return m;
}

Quantization quant(const char* id, double bpw)
{
    Quantization q;
    q.id = id;
    q.name = id;
    q.format = QuantFormat::Gguf;
    q.bitsPerWeight = bpw;
    return q;
}

Platform mac(const char* id, double ramGiB, double price)
{
    Platform p;
    p.id = id;
    p.name = id;
    p.vendor = "Apple";
    p.memoryGiB = ramGiB;
    p.bandwidthGBs = 273;
    p.priceUsd = price;
    return p;
}

// A small catalog: a 32 B dense model for maths, a 14 B one for budget coding.
struct Fixture
{
    std::vector<ModelSpec> models{model("r1_distill_32b", "DeepSeek-R1-Distill-Qwen-32B", 32, 32, 64, 8, 128),
                                  model("phi4", "Phi-4", 14.7, 14.7, 40, 10, 128)};
    std::vector<Quantization> quants{quant("q4_k_m", 4.85), quant("q5_k_m", 5.70), quant("q3_k_m", 3.9),
                                     quant("q8_0", 8.5)};
    std::vector<Platform> platforms{mac("m24", 24, 1399), mac("m48", 48, 2399), mac("m64", 64, 3199)};
    std::vector<Workload> workloads{{"math-reasoning", "Maths", "r1_distill_32b", "q4_k_m", 16384, 1},
                                    {"coding-budget", "Budget coding", "phi4", "q4_k_m", 32768, 1}};
    std::vector<TierSpec> tiers{{"tier1", "Tier 1", 16, 24, "Good start"},
                                {"tier2", "Tier 2", 32, 48, "Best value"},
                                {"tier3", "Tier 3", 64, 64, "Power users"},
                                {"tier4", "Tier 4", 96, 128, "Specialized"}};
    CatalogView view() const
    {
        return CatalogView{models,
                           quants,
                           platforms,
                           workloads,
                           tiers,
                           [](const std::string& m, const std::string& q) -> std::optional<double> {
                               if (m == "phi4" && q == "q4_k_m") {
                                   return 9.1e9; // measured file (Ollama phi4:14b-q4_K_M)
                               }
                               return std::nullopt;
                           }};
    }
};

} // namespace

class TestWorkloadPlanner final : public QObject
{
    Q_OBJECT

private slots:
    void testPlanTakesLargestContextAndDistinctModels();
    void testMeasuredFileSizeIsUsed();
    void testUnknownWorkloadListsKnownOnes();
    void testRecommendationForMaths();
    void testWhatWouldChange();
    void testRaisingTheMacGpuLimitIsAStep();
    void testLintsFire();
};

void TestWorkloadPlanner::testPlanTakesLargestContextAndDistinctModels()
{
    const Fixture f;
    WorkloadRequest request;
    request.slugs = {"math-reasoning", "coding-budget"};
    auto plan = planWorkloads(f.view(), request);
    QVERIFY(plan);
    QCOMPARE(plan.value().needs.size(), std::size_t(2));
    QCOMPARE(plan.value().scenario.contextTokens, 32768); // max(16384, 32768)
    QCOMPARE(plan.value().scenario.sessions, 1);

    request.contextTokens = 4096;
    plan = planWorkloads(f.view(), request);
    QCOMPARE(plan.value().scenario.contextTokens, 4096); // the user's choice wins
}

void TestWorkloadPlanner::testMeasuredFileSizeIsUsed()
{
    const Fixture f;
    WorkloadRequest request;
    request.slugs = {"coding-budget"};
    auto plan = planWorkloads(f.view(), request);
    QVERIFY(plan);
    QCOMPARE(plan.value().needs.front().fileBytes.value(), 9.1e9);
}

void TestWorkloadPlanner::testUnknownWorkloadListsKnownOnes()
{
    const Fixture f;
    WorkloadRequest request;
    request.slugs = {"knitting"};
    auto plan = planWorkloads(f.view(), request);
    QVERIFY(!plan);
    QCOMPARE(plan.error().code, ErrorCode::NotFound);
    QVERIFY(plan.error().detail.find("math-reasoning, coding-budget") != std::string::npos);
}

void TestWorkloadPlanner::testRecommendationForMaths()
{
    // 32B Q4_K_M: 19.4e9 B; KV 2*64*8*128*2*16384 = 4,294,967,296 B; overhead 0.5 GiB + 0.75 MiB*32 = 562,036,736 B.
    // Total 24,257,004,032 B = 22.59 GiB -> needs 30.12 GiB at 0.75: Tier 2. 24 GB Mac: working set
    // 0.7083*24 = 17 GiB -> won't fit; 48 GB Mac is the cheapest comfortable machine.
    const Fixture f;
    WorkloadRequest request;
    request.slugs = {"math-reasoning"};
    request.constraints.minDecodeTps = 5.0; // speed is not under test here
    auto plan = recommendForWorkloads(f.view(), request, SpeedCalibration::uncalibratedDefaults());
    QVERIFY(plan);
    QCOMPARE(plan.value().peakFootprintBytes, 19.4e9 + 4294967296.0 + 562036736.0);
    QCOMPARE(plan.value().tier->id, std::string("tier2"));
    QCOMPARE(plan.value().ranked.front().platform.id, std::string("m48"));
}

void TestWorkloadPlanner::testRaisingTheMacGpuLimitIsAStep()
{
    // Maths at 32K: 19.4e9 B of Q4_K_M weights + 2 x 4,294,967,296 B of KV + 562,036,736 B overhead
    // = 28,551,971,328 B = 26.59 GiB. On a 32 GB Mac, macOS lets the GPU wire 0.75 x 32 = 24 GiB by default,
    // less than the plan; RAM less the 4 GiB OS reserve is 28 GiB, enough. So the step is: raise the limit to
    // 28 x 1024 = 28,672 MiB, and macOS keeps 4 GiB. The 48 and 64 GB Macs need no step; the 24 GB one cannot
    // be helped (raised limit 20 GiB < 26.59).
    Fixture f;
    f.platforms.push_back(mac("m32", 32, 1799));
    WorkloadRequest request;
    request.slugs = {"math-reasoning"};
    request.contextTokens = 32768;
    auto plan = recommendForWorkloads(f.view(), request, SpeedCalibration::uncalibratedDefaults());
    QVERIFY(plan);
    QCOMPARE(plan.value().peakFootprintBytes, 19.4e9 + 2 * 4294967296.0 + 562036736.0);
    auto changes = whatWouldChange(f.view(), request, plan.value());
    QVERIFY(changes);
    const auto& list = changes.value();
    const auto step = std::find_if(list.begin(), list.end(),
                                   [](const VerdictChange& c) { return c.kind == ChangeKind::RaiseGpuLimit; });
    QVERIFY(step != list.end());
    QCOMPARE(step->machine, std::string("m32"));
    QCOMPARE(step->to, std::string("28672"));
    QVERIFY(step->gpuLimit);
    QCOMPARE(step->gpuLimit->command, std::string("sudo sysctl iogpu.wired_limit_mb=28672"));
    QCOMPARE(step->gpuLimit->defaultLimitBytes, 24.0 * 1073741824.0);
    QCOMPARE(step->gpuLimit->leftForMacOsBytes, 4.0 * 1073741824.0);
    QCOMPARE(step->requiredMemoryBytes, plan.value().requiredMemoryBytes); // the need does not change
}

void TestWorkloadPlanner::testWhatWouldChange()
{
    const Fixture f;
    WorkloadRequest request;
    request.slugs = {"math-reasoning"};
    request.constraints.minDecodeTps = 5.0;
    auto plan = recommendForWorkloads(f.view(), request, SpeedCalibration::uncalibratedDefaults());
    QVERIFY(plan);
    QCOMPARE(plan.value().ranked.front().platform.id, std::string("m48"));
    auto changes = whatWouldChange(f.view(), request, plan.value());
    QVERIFY(changes);
    auto find = [&](ChangeKind kind) {
        const auto& list = changes.value();
        const auto it = std::find_if(list.begin(), list.end(), [&](const VerdictChange& c) { return c.kind == kind; });
        return it == list.end() ? nullptr : &*it;
    };
    // Q5_K_M is the next step up (5.70 bpw): weights 32e9*5.70/8 = 22.8e9; total 27,657,004,032 B = 25.76 GiB,
    // needs 34.35 GiB -> still Tier 2, and still comfortable on the 48 GB Mac (line at 36 GiB).
    const VerdictChange* up = find(ChangeKind::QuantUp);
    QVERIFY(up);
    QCOMPARE(up->to, std::string("q5_k_m"));
    QCOMPARE(up->peakFootprintBytes, 22.8e9 + 4294967296.0 + 562036736.0);
    QVERIFY(!up->tierChanges);
    QCOMPARE(up->verdictOnChoice.value(), FitVerdict::Comfortable);
    // Halving the context to 8192 halves the KV cache: 19.4e9 + 2,147,483,648 + 562,036,736 = 22,109,520,384 B
    // = 20.59 GiB -> needs 27.45 GiB: still over Tier 1's 24 GB.
    const VerdictChange* half = find(ChangeKind::HalveContext);
    QVERIFY(half);
    QCOMPARE(half->to, std::string("8192"));
    QCOMPARE(half->peakFootprintBytes, 19.4e9 + 2147483648.0 + 562036736.0);
    QCOMPARE(half->tier->id, std::string("tier2"));
    // Q3_K_M (3.9 bpw) is the step down: 15.6e9 + 4,294,967,296 + 562,036,736 = 20,457,004,032 B = 19.05 GiB,
    // needs 25.40 GiB: still Tier 2.
    const VerdictChange* down = find(ChangeKind::QuantDown);
    QVERIFY(down);
    QCOMPARE(down->to, std::string("q3_k_m"));
    // One more session doubles the cache: 19.4e9 + 2*4,294,967,296 + 562,036,736 = 28,551,971,328 B = 26.59 GiB.
    const VerdictChange* more = find(ChangeKind::AddSession);
    QVERIFY(more);
    QCOMPARE(more->peakFootprintBytes, 19.4e9 + 2 * 4294967296.0 + 562036736.0);
    QVERIFY(find(ChangeKind::KvCacheQ8));
    QVERIFY(!find(ChangeKind::RemoveSession)); // one session cannot lose one
}

void TestWorkloadPlanner::testLintsFire()
{
    const Fixture f;
    WorkloadRequest request;
    request.slugs = {"math-reasoning"};
    auto plan = planWorkloads(f.view(), request);
    auto recommendation = recommendForWorkloads(f.view(), request, SpeedCalibration::uncalibratedDefaults());
    QVERIFY(plan && recommendation);
    const auto lints = lintPlan(plan.value().needs, plan.value().scenario, request.slugs, recommendation.value());
    auto has = [&](LintCode code) {
        return std::any_of(lints.begin(), lints.end(), [&](const Lint& l) { return l.code == code; });
    };
    QVERIFY(has(LintCode::CheckWhatYouRun)); // a DeepSeek-R1 distill
    QVERIFY(has(LintCode::Rarely128)); // 30.1 GiB needed <= 48
    QVERIFY(!has(LintCode::TotalSetsMemory)); // dense
    QVERIFY(!has(LintCode::RetrieveDontStuff));

    // The need's own context is what the lints read: 256K stuffed into a 128K-native model.
    std::vector<ModelNeed> stuffed = plan.value().needs;
    stuffed.front().contextTokens = 262144;
    stuffed.front().workload = "rag";
    const auto rag = lintPlan(stuffed, plan.value().scenario, {"rag"}, recommendation.value());
    QVERIFY(std::any_of(rag.begin(), rag.end(), [](const Lint& l) { return l.code == LintCode::RetrieveDontStuff; }));
    QVERIFY(std::any_of(rag.begin(), rag.end(),
                        [](const Lint& l) { return l.code == LintCode::BeyondNativeContext && l.limit == 131072.0; }));
}

QTEST_GUILESS_MAIN(TestWorkloadPlanner)
#include "tst_workload_planner.moc"
