// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalrigProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace localrig;

// Buyer scenarios from the guide, run as a buyer runs them: `localrig recommend --json` on the shipped
// catalog. Each case states the answer the guide or the arithmetic expects; prices move with the catalog,
// so the cases check what a buyer acts on (a complete machine, within budget, the right tier, honest
// break-even), not one machine's name.
class TestBuyerScenarios final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void codingAssistantIsACompleteMachineInTier2();
    void studentOnAThousandGetsAMachineWithinBudgetOrAReason();
    void fourWorkloadsOneAtATimeStayInTier2();
    void fourWorkloadsAtOnceNeedMore();
    void eachWorkloadKeepsItsOwnContextAndAgents();
    void anOverrideAppliesToEveryWorkload();
    void multiAgentNeedsTier4();
    void kimiNeedsAClusterMarkedAdvanced();
    void appleOnlyThreeThousandCoding();
    void havingAPcMakesACardTheAnswer();
    void cardsArePricedWithTheirHostPc();

private:
    QJsonObject recommend(const QStringList& arguments) const { return m_localrig.recommendJson(arguments); }

    tests::LocalrigProcess m_localrig;
};

namespace {

constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;

} // namespace

void TestBuyerScenarios::initTestCase()
{
    QVERIFY(m_localrig.isValid());
}

void TestBuyerScenarios::codingAssistantIsACompleteMachineInTier2()
{
    // Guide: coding assistant = Qwen3.6-35B-A3B, Tier 2 (48 GB). 21.3 GB of Q4_K_M weights + 2 x 128K of KV
    // (10 full-attention layers x 2 x 2 KV heads x 256 x 2 B = 20,480 B/token -> 5.4 GB) + state + overhead
    // ~ 25.4 GiB, / 0.75 headroom = ~34 GiB: past 32, inside 48.
    const QJsonObject plan = recommend(tests::workloadArguments({"coding-assistant"})
                                       << QStringLiteral("--api-usd-month") << QStringLiteral("150"));
    QCOMPARE(plan[QStringLiteral("tier")][QStringLiteral("id")].toString(), QStringLiteral("tier2"));
    const QJsonObject best = tests::recommendedMachine(plan);
    QVERIFY2(!best.isEmpty(), "coding assistant must have an answer");
    const QJsonObject row = tests::rankedRow(plan, best[QStringLiteral("id")].toString());
    // A complete machine: not a bare card, or a card with its host PC's parts in the price.
    if (row[QStringLiteral("form_factor")].toString() == QStringLiteral("card")) {
        QVERIFY(row[QStringLiteral("price_parts")].toArray().size() >= 2);
    }
    const double required = plan[QStringLiteral("required_memory_bytes")].toDouble() / kGiB;
    QVERIFY2(required > 32.0 && required <= 48.0, qPrintable(QString::number(required)));
    QVERIFY(row[QStringLiteral("verdict")].toString() == QStringLiteral("great")
            || row[QStringLiteral("verdict")].toString() == QStringLiteral("good"));
    QCOMPARE(best[QStringLiteral("break_even")].toString(), QStringLiteral("month"));
}

void TestBuyerScenarios::studentOnAThousandGetsAMachineWithinBudgetOrAReason()
{
    // Guide: students = Tier 1 (16-24 GB); a $1,000 budget must give a complete machine at most $1,000 or
    // no answer with the reason, never a $499 card that needs a PC.
    const QJsonObject plan = recommend(tests::workloadArguments({"student-learning"})
                                       << QStringLiteral("--budget") << QStringLiteral("1000"));
    const QJsonObject best = tests::recommendedMachine(plan);
    if (best.isEmpty()) {
        QVERIFY(!plan[QStringLiteral("no_recommendation_reason")].toString().isEmpty());
        return;
    }
    QVERIFY(best[QStringLiteral("system_price_usd")].toDouble() <= 1000.0);
    const QJsonObject row = tests::rankedRow(plan, best[QStringLiteral("id")].toString());
    QVERIFY(row[QStringLiteral("form_factor")].toString() != QStringLiteral("card"));
}

void TestBuyerScenarios::fourWorkloadsOneAtATimeStayInTier2()
{
    // The guide puts coding, RAG, maths and agents each in Tier 2. One at a time the machine needs the
    // largest single workload (coding, ~34 GiB at 0.75), not 128K x 4 sessions of a 32B model (~196 GB).
    const QJsonObject plan
        = recommend(tests::workloadArguments({"coding-assistant", "rag", "math-reasoning", "agents-tool-calling"}));
    QCOMPARE(plan[QStringLiteral("concurrent")].toBool(), false);
    QCOMPARE(plan[QStringLiteral("tier")][QStringLiteral("id")].toString(), QStringLiteral("tier2"));
    QVERIFY(!tests::recommendedMachine(plan).isEmpty());
    double largest = 0.0;
    for (const QJsonValue& w : plan[QStringLiteral("workloads")].toArray()) {
        largest = std::max(largest, w[QStringLiteral("footprint_bytes")].toDouble());
    }
    QCOMPARE(plan[QStringLiteral("peak_footprint_bytes")].toDouble(), largest);
}

void TestBuyerScenarios::fourWorkloadsAtOnceNeedMore()
{
    const QStringList four
        = tests::workloadArguments({"coding-assistant", "rag", "math-reasoning", "agents-tool-calling"});
    const QJsonObject alone = recommend(four);
    const QJsonObject together = recommend(four + QStringList{QStringLiteral("--concurrent")});
    QCOMPARE(together[QStringLiteral("concurrent")].toBool(), true);
    // Together: the 35B-A3B weights once (three workloads share it) + the 32B distill's weights + every
    // workload's KV cache; more than the largest alone, less than the plain sum of the four footprints.
    double sum = 0.0;
    for (const QJsonValue& w : together[QStringLiteral("workloads")].toArray()) {
        sum += w[QStringLiteral("footprint_bytes")].toDouble();
    }
    const double peak = together[QStringLiteral("peak_footprint_bytes")].toDouble();
    QVERIFY(peak > alone[QStringLiteral("peak_footprint_bytes")].toDouble());
    QVERIFY(peak < sum);
    QVERIFY(together[QStringLiteral("required_memory_bytes")].toDouble()
            > alone[QStringLiteral("required_memory_bytes")].toDouble());
}

void TestBuyerScenarios::eachWorkloadKeepsItsOwnContextAndAgents()
{
    const QJsonObject plan
        = recommend(tests::workloadArguments({"coding-assistant", "math-reasoning", "agents-tool-calling"}));
    QHash<QString, QJsonObject> bySlug;
    for (const QJsonValue& w : plan[QStringLiteral("workloads")].toArray()) {
        bySlug.insert(w[QStringLiteral("slug")].toString(), w.toObject());
    }
    // db/catalog/use_cases.csv: coding 131072 x 2, maths 32768 x 1; agents' own sessions stay with agents.
    QCOMPARE(bySlug[QStringLiteral("coding-assistant")][QStringLiteral("context_tokens")].toInt(), 131072);
    QCOMPARE(bySlug[QStringLiteral("coding-assistant")][QStringLiteral("sessions")].toInt(), 2);
    QCOMPARE(bySlug[QStringLiteral("math-reasoning")][QStringLiteral("context_tokens")].toInt(), 32768);
    QCOMPARE(bySlug[QStringLiteral("math-reasoning")][QStringLiteral("sessions")].toInt(), 1);
    QVERIFY(bySlug[QStringLiteral("agents-tool-calling")][QStringLiteral("sessions")].toInt() > 1);
}

void TestBuyerScenarios::anOverrideAppliesToEveryWorkload()
{
    // --context accepts the GUI's spelling: 64K = 65,536 tokens.
    const QJsonObject plan = recommend(tests::workloadArguments({"coding-assistant", "math-reasoning"})
                                       << QStringLiteral("--context") << QStringLiteral("64K")
                                       << QStringLiteral("--agents") << QStringLiteral("3"));
    const QJsonArray list = plan[QStringLiteral("workloads")].toArray();
    QCOMPARE(list.size(), 2);
    for (const QJsonValue& w : list) {
        QCOMPARE(w[QStringLiteral("context_tokens")].toInt(), 65536);
        QCOMPARE(w[QStringLiteral("sessions")].toInt(), 3);
    }
}

void TestBuyerScenarios::multiAgentNeedsTier4()
{
    // Guide: multi-agent orchestration runs Qwen3.5-122B-A10B: ~74 GB MXFP4 + 4 sessions of KV, / 0.75
    // is past 64 GB, so Tier 4 (96-128 GB).
    const QJsonObject plan = recommend(tests::workloadArguments({"multi-agent"}));
    QCOMPARE(plan[QStringLiteral("tier")][QStringLiteral("id")].toString(), QStringLiteral("tier4"));
    QVERIFY(plan[QStringLiteral("required_memory_bytes")].toDouble() / kGiB >= 96.0 * 0.75);
    const QJsonObject best = tests::recommendedMachine(plan);
    QVERIFY(!best.isEmpty());
    const QJsonObject row = tests::rankedRow(plan, best[QStringLiteral("id")].toString());
    const double memory = row[QStringLiteral("memory_gb")].toDouble() + row[QStringLiteral("vram_gb")].toDouble();
    QVERIFY2(memory >= 96.0, qPrintable(row[QStringLiteral("name")].toString()));
}

void TestBuyerScenarios::kimiNeedsAClusterMarkedAdvanced()
{
    // Issue 17: Kimi K2.6 at Unsloth's dynamic 2-bit is 340e9 B = 316.6 GiB of weights; + MLA KV 61 x 576 x 2 B
    // x 32,768 = 2.30e9 B (2.1 GiB) + overhead: ~319 GiB, / 0.75 = ~426 GiB. No single machine sold new has it
    // (the 512 GB Mac Studio is discontinued), two GB10 boxes pool 2 x 124 = 248 GiB (too small), four pool
    // 496 GiB: the answer is four ASUS Ascent GX10s at 4 x $3,000 = $12,000, marked advanced.
    const QJsonObject plan = recommend(tests::workloadArguments({"frontier-open-model"}));
    const double required = plan[QStringLiteral("required_memory_bytes")].toDouble() / kGiB;
    QVERIFY2(required > 420.0 && required < 432.0, qPrintable(QString::number(required)));
    const QJsonObject best = tests::recommendedMachine(plan);
    QVERIFY2(!best.isEmpty(), "a cluster must be the answer");
    const QJsonObject row = tests::rankedRow(plan, best[QStringLiteral("id")].toString());
    QCOMPARE(row[QStringLiteral("boxes")].toInt(), 4);
    QCOMPARE(row[QStringLiteral("advanced")].toBool(), true);
    QCOMPARE(row[QStringLiteral("system_price_usd")].toDouble(), 12000.0);
    // The two-box cluster comes next among the too-small: closest first.
    const QJsonArray ranked = plan[QStringLiteral("ranked")].toArray();
    bool sawTooLarge = false;
    for (const QJsonValue& r : ranked) {
        if (r[QStringLiteral("verdict")].toString() == QStringLiteral("too_large")) {
            QCOMPARE(r[QStringLiteral("boxes")].toInt(), 2);
            sawTooLarge = true;
            break;
        }
    }
    QVERIFY(sawTooLarge);
}

void TestBuyerScenarios::appleOnlyThreeThousandCoding()
{
    const QJsonObject plan = recommend(tests::workloadArguments({"coding-assistant"})
                                       << QStringLiteral("--vendor") << QStringLiteral("apple")
                                       << QStringLiteral("--budget") << QStringLiteral("3000"));
    const QJsonObject best = tests::recommendedMachine(plan);
    QVERIFY(!best.isEmpty());
    const QJsonObject row = tests::rankedRow(plan, best[QStringLiteral("id")].toString());
    QCOMPARE(row[QStringLiteral("vendor")].toString(), QStringLiteral("Apple"));
    QVERIFY(best[QStringLiteral("system_price_usd")].toDouble() <= 3000.0);
    // The ranked list shows no machine over budget, no other vendor and no unpriced machine before it.
    for (const QJsonValue& r : plan[QStringLiteral("ranked")].toArray()) {
        if (r[QStringLiteral("excluded")].toBool()) {
            continue;
        }
        QCOMPARE(r[QStringLiteral("vendor")].toString(), QStringLiteral("Apple"));
        QVERIFY(!r[QStringLiteral("system_price_usd")].isNull());
        QVERIFY(r[QStringLiteral("system_price_usd")].toDouble() <= 3000.0);
    }
}

void TestBuyerScenarios::havingAPcMakesACardTheAnswer()
{
    // Budget coding: Phi-4 Q4_K_M 9.1 GB file + 16K of KV (40 layers x 2 x 10 x 128 x 2 B x 16,384 = 3.4 GB)
    // + 0.6 GB ~ 12.2 GiB: a 16 GB card holds it in VRAM. For a buyer who owns a PC the card costs less than
    // any complete machine; without a PC the same card carries a whole host PC's price.
    const QJsonObject withPc
        = recommend(tests::workloadArguments({"coding-budget"})
                    << QStringLiteral("--have-pc") << QStringLiteral("--vendor") << QStringLiteral("nvidia"));
    const QJsonObject best = tests::recommendedMachine(withPc);
    QVERIFY(!best.isEmpty());
    const QJsonObject row = tests::rankedRow(withPc, best[QStringLiteral("id")].toString());
    QCOMPARE(row[QStringLiteral("form_factor")].toString(), QStringLiteral("card"));
    QCOMPARE(row[QStringLiteral("card_only")].toBool(), true);
    QCOMPARE(row[QStringLiteral("system_price_usd")].toDouble(), row[QStringLiteral("price_usd")].toDouble());

    const QJsonObject withoutPc = recommend(tests::workloadArguments({"coding-budget"}));
    const QJsonObject same = tests::rankedRow(withoutPc, best[QStringLiteral("id")].toString());
    QVERIFY(same[QStringLiteral("system_price_usd")].toDouble() > same[QStringLiteral("price_usd")].toDouble());
}

void TestBuyerScenarios::cardsArePricedWithTheirHostPc()
{
    const QJsonObject plan = recommend(tests::workloadArguments({"coding-assistant"}));
    int cards = 0;
    for (const QJsonValue& r : plan[QStringLiteral("ranked")].toArray()) {
        if (r[QStringLiteral("form_factor")].toString() != QStringLiteral("card")
            || r[QStringLiteral("system_price_usd")].isNull()) {
            continue;
        }
        ++cards;
        // The system price is the card plus every part of its host PC, each part with a source.
        double sum = 0.0;
        const QJsonArray parts = r[QStringLiteral("price_parts")].toArray();
        QVERIFY(parts.size() >= 2);
        for (const QJsonValue& part : parts) {
            sum += part[QStringLiteral("usd")].toDouble();
        }
        QVERIFY(std::abs(sum - r[QStringLiteral("system_price_usd")].toDouble()) < 0.01);
        QVERIFY(r[QStringLiteral("system_price_usd")].toDouble() > r[QStringLiteral("price_usd")].toDouble());
        QVERIFY(!r[QStringLiteral("host_build")].isNull());
    }
    QVERIFY(cards > 0);
}

QTEST_GUILESS_MAIN(TestBuyerScenarios)
#include "tst_buyer_scenarios.moc"
