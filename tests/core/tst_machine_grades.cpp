// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18 item 4: this computer graded per workload as the Plan page grades it, and the smallest upgrade.
#include "core/MachineGrades.h"
#include "core/Units.h"

#include <QTest>

using namespace localrig;
using namespace localrig::core;

namespace {

Platform machine(const char* id, MemoryKind kind, double memoryGiB, double bandwidth, std::optional<double> price)
{
    Platform p;
    p.id = id;
    p.name = id;
    p.vendor = "Hand";
    p.formFactor = "desktop";
    p.memoryKind = kind;
    p.backend = kind == MemoryKind::System ? Backend::Cpu : Backend::Metal;
    p.memoryGiB = memoryGiB;
    p.bandwidthGBs = bandwidth;
    p.fp16Tflops = 50.0;
    p.loadWatts = 100.0;
    p.priceUsd = price;
    return p;
}

// Dense, 32 layers x 8 KV heads x 128: at Q4 (4.85 bits) the weights are params x 4.85 / 8 bytes.
ModelSpec dense(const char* id, double params)
{
    ModelSpec m;
    m.id = id;
    m.name = id;
    m.totalParams = params;
    m.activeParams = params;
    m.attentionHeads = 32;
    m.kvGroups = gqaLayers(32, 8, 128);
    return m;
}

struct HandCatalog
{
    std::vector<ModelSpec> models{dense("small8b", 8e9), dense("big70b", 70e9)};
    std::vector<Quantization> quants{{"q4", "Q4", QuantFormat::Gguf, QuantKernel::KQuant, 4.85}};
    std::vector<Platform> platforms{
        machine("mac32", MemoryKind::Unified, 32, 800, 1500.0),
        machine("mac128", MemoryKind::Unified, 128, 1600, 4000.0),
        machine("this_computer", MemoryKind::System, 512, 400, std::nullopt), // replaced by the graded machine
    };
    std::vector<Workload> workloads{{"chat", "Chat", "small8b", "q4", 4096, 1, 512},
                                    {"big", "Big", "big70b", "q4", 4096, 1, 512}};
    std::vector<TierSpec> tiers{{"tier1", "Tier 1", 16, 32, "Entry"}};

    CatalogView view() const { return {models, quants, platforms, workloads, tiers, {}, nullptr}; }
};

// The verdict's JSON spelling: QCOMPARE prints it when a comparison fails.
std::string word(BuyerVerdict verdict)
{
    return std::string(core::toString(verdict));
}

} // namespace

class TestMachineGrades final : public QObject
{
    Q_OBJECT

private slots:
    void gradesEveryWorkloadAndNamesTheCheapestUpgrade();
    void aFastMachineNeedsNoUpgrade();
    void measuredBandwidthGoesToThePoolTheCpuReads();
};

void TestMachineGrades::gradesEveryWorkloadAndNamesTheCheapestUpgrade()
{
    const HandCatalog catalog;
    // This computer: CPU only, 32 GiB of DDR at 40 GB/s measured.
    const Platform mine = machine("this_computer", MemoryKind::System, 32, 40, std::nullopt);
    const auto grades = gradeMachine(catalog.view(), mine, {}, SpeedCalibration::fitted());
    QVERIFY2(grades, grades ? "" : grades.error().detail.c_str());
    QCOMPARE(grades.value().size(), std::size_t{2}); // one per workload, in catalog order
    const WorkloadGrade& chat = grades.value()[0];
    const WorkloadGrade& big = grades.value()[1];
    QCOMPARE(chat.workload, std::string("chat"));
    QCOMPARE(big.workload, std::string("big"));

    // chat: 8e9 x 4.85 / 8 = 4.85e9 B of weights fit 0.75 x 32 GiB = 25.8e9 B easily, but every token reads
    // them all: 40e9 B/s / 4.85e9 B = 8.2 tokens/s even at 100 % efficiency, under the 10 tokens/s line: Slow.
    QCOMPARE(word(chat.verdict), std::string("slow"));
    QCOMPARE(chat.reason.code, ReasonCode::SlowAtFullContext);
    QVERIFY(chat.reason.value < 40e9 / 4.85e9);
    // The smallest upgrade: the $1,500 mac32 (800 GB/s: at most 800 / 4.85 = 165 tokens/s) does it; it is
    // cheaper than the $4,000 mac128.
    QVERIFY(chat.upgrade);
    QCOMPARE(chat.upgrade->platform.id, std::string("mac32"));
    QCOMPARE(*chat.upgrade->system.usd, 1500.0);
    QVERIFY(isQualifying(chat.upgrade->verdict));

    // big: 70e9 x 4.85 / 8 = 42.44e9 B of weights alone, over all of this computer's 32 GiB = 34.4e9 B: Too
    // large. mac32 is too large as well (0.75 x 32 GiB = 25.8e9 B); mac128 holds it (0.75 x 128 GiB = 103e9 B)
    // at up to 1600 / 42.44 = 37.7 tokens/s: the upgrade is the $4,000 mac128.
    QCOMPARE(word(big.verdict), std::string("too_large"));
    QVERIFY(big.footprintBytes > 70e9 * 4.85 / 8);
    QVERIFY(big.upgrade);
    QCOMPARE(big.upgrade->platform.id, std::string("mac128"));
    QCOMPARE(*big.upgrade->system.usd, 4000.0);
}

void TestMachineGrades::aFastMachineNeedsNoUpgrade()
{
    const HandCatalog catalog;
    // 128 GiB unified at 1600 GB/s, unpriced: both workloads fit and run fast, so nothing is proposed.
    const Platform mine = machine("this_computer", MemoryKind::Unified, 128, 1600, std::nullopt);
    const auto grades = gradeMachine(catalog.view(), mine, {}, SpeedCalibration::fitted());
    QVERIFY(grades);
    for (const WorkloadGrade& grade : grades.value()) {
        QVERIFY2(isQualifying(grade.verdict), grade.workload.c_str());
        QVERIFY(!grade.upgrade);
        QCOMPARE(grade.assessment.models.size(), std::size_t{1});
    }
    // A workload naming a model the catalog lacks is an error, not a crash.
    HandCatalog broken;
    broken.workloads.push_back({"ghost", "Ghost", "no_such_model", "q4", 4096, 1, 512});
    QVERIFY(!gradeMachine(broken.view(), mine, {}, SpeedCalibration::fitted()));
}

void TestMachineGrades::measuredBandwidthGoesToThePoolTheCpuReads()
{
    Platform card = machine("card", MemoryKind::Discrete, 64, 1008, std::nullopt);
    applyMeasuredBandwidth(card, 71.5);
    QCOMPARE(card.bandwidthGBs, 1008.0); // the card's VRAM keeps its figure
    QCOMPARE(card.systemBandwidthGBs, 71.5);
    Platform cpu = machine("cpu", MemoryKind::System, 64, 0, std::nullopt);
    applyMeasuredBandwidth(cpu, 71.5);
    QCOMPARE(cpu.bandwidthGBs, 71.5);
    applyMeasuredBandwidth(cpu, 0.0); // nothing measured: nothing changes
    QCOMPARE(cpu.bandwidthGBs, 71.5);
}

QTEST_GUILESS_MAIN(TestMachineGrades)
#include "tst_machine_grades.moc"
