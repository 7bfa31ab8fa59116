// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalrigProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace localrig;

// The ranked machines of `localrig recommend --json` on the shipped catalog, row by row, as a buyer reads
// them: what a budget leaves out, when a break-even month is given and when it cannot be, the speed at the
// start of a conversation against a full context, and the order (machines that qualify, priced, first).
class TestRankedMachines final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_localrig.isValid()); }
    void aBudgetLeavesOutUnpricedMachines();
    void machinesThatDoNotQualifyHaveNoBreakEven();
    void breakEvenIsSearchedTenYears();
    void unpricedQualifyingMachinesHaveUnknownBreakEven();
    void decodeAtStartBeatsFullContext();
    void rankingPutsQualifyingPricedMachinesFirst();
    void everyRankedRowHasAVerdictAndReason();

private:
    QJsonObject recommend(const QStringList& arguments) const { return m_localrig.recommendJson(arguments); }

    tests::LocalrigProcess m_localrig;
};

void TestRankedMachines::aBudgetLeavesOutUnpricedMachines()
{
    const QJsonObject plan
        = recommend(tests::workloadArguments({"multi-agent"}) << QStringLiteral("--budget") << QStringLiteral("6000"));
    for (const QJsonValue& r : plan[QStringLiteral("ranked")].toArray()) {
        if (r[QStringLiteral("system_price_usd")].isNull()) {
            QVERIFY2(r[QStringLiteral("excluded")].toBool(), qPrintable(r[QStringLiteral("name")].toString()));
        }
    }
}

void TestRankedMachines::machinesThatDoNotQualifyHaveNoBreakEven()
{
    // "Won't fit · month 5" is what a buyer must never read.
    const QJsonObject plan = recommend(tests::workloadArguments({"multi-agent"})
                                       << QStringLiteral("--api-usd-month") << QStringLiteral("300"));
    int checked = 0;
    for (const QJsonValue& r : plan[QStringLiteral("ranked")].toArray()) {
        const QString verdict = r[QStringLiteral("verdict")].toString();
        if (verdict == QStringLiteral("too_large") || verdict == QStringLiteral("slow")
            || r[QStringLiteral("excluded")].toBool()) {
            QVERIFY(r[QStringLiteral("break_even")].isNull());
            QVERIFY(r[QStringLiteral("break_even_month")].isNull());
            ++checked;
        }
    }
    QVERIFY(checked > 0);
}

void TestRankedMachines::unpricedQualifyingMachinesHaveUnknownBreakEven()
{
    const QJsonObject plan = recommend(tests::workloadArguments({"coding-assistant"})
                                       << QStringLiteral("--api-usd-month") << QStringLiteral("150"));
    for (const QJsonValue& r : plan[QStringLiteral("ranked")].toArray()) {
        const QString verdict = r[QStringLiteral("verdict")].toString();
        const bool qualifies = verdict == QStringLiteral("great") || verdict == QStringLiteral("good");
        if (qualifies && !r[QStringLiteral("excluded")].toBool() && r[QStringLiteral("system_price_usd")].isNull()) {
            QCOMPARE(r[QStringLiteral("break_even")].toString(), QStringLiteral("unknown"));
        }
    }
}

void TestRankedMachines::everyRankedRowHasAVerdictAndReason()
{
    const QJsonObject plan
        = recommend(tests::workloadArguments({"rag"}) << QStringLiteral("--vendor") << QStringLiteral("apple"));
    const QStringList verdicts{QStringLiteral("great"), QStringLiteral("good"), QStringLiteral("slow"),
                               QStringLiteral("too_large")};
    for (const QJsonValue& r : plan[QStringLiteral("ranked")].toArray()) {
        QVERIFY(verdicts.contains(r[QStringLiteral("verdict")].toString()));
        QVERIFY(!r[QStringLiteral("verdict_reason")].toString().isEmpty());
        if (r[QStringLiteral("vendor")].toString() != QStringLiteral("Apple")) {
            QVERIFY(r[QStringLiteral("excluded")].toBool());
            QCOMPARE(r[QStringLiteral("verdict_reason_code")].toString(), QStringLiteral("vendor_excluded"));
        }
    }
}

void TestRankedMachines::breakEvenIsSearchedTenYears()
{
    // Break-even month = the first month m with API x m >= price + electricity x m, i.e.
    // m = ceil(price / (API - electricity)); electricity = load W x 8 h x 30.4375 d / 1000 x $0.1648.
    const QJsonObject plan = recommend(tests::workloadArguments({"multi-agent"})
                                       << QStringLiteral("--api-usd-month") << QStringLiteral("150"));
    int months = 0;
    for (const QJsonValue& r : plan[QStringLiteral("ranked")].toArray()) {
        if (r[QStringLiteral("break_even")].toString() != QStringLiteral("month")) {
            continue;
        }
        const double price = r[QStringLiteral("system_price_usd")].toDouble();
        const double electricity = r[QStringLiteral("load_watts")].toDouble() * 8.0 * 30.4375 / 1000.0 * 0.1648;
        const int expected = static_cast<int>(std::ceil(price / (150.0 - electricity) - 1e-9));
        QCOMPARE(r[QStringLiteral("break_even_month")].toInt(), expected);
        months = std::max(months, expected);
    }
    // A $4,000-plus machine against $150 a month pays back after the old 36-month horizon; it is shown.
    QVERIFY2(months > 36, qPrintable(QString::number(months)));
    QVERIFY(months <= 120);
}

void TestRankedMachines::decodeAtStartBeatsFullContext()
{
    // At the start only the prompt sits in the cache; at full context every session reads its whole cache
    // per token, so for any context past 8K the start is faster.
    const QJsonObject plan = recommend(tests::workloadArguments({"coding-assistant", "math-reasoning"}));
    int compared = 0;
    for (const QJsonValue& r : plan[QStringLiteral("ranked")].toArray()) {
        for (const QJsonValue& m : r[QStringLiteral("models")].toArray()) {
            if (m[QStringLiteral("decode_tps_start")].isNull() || m[QStringLiteral("context_tokens")].toInt() <= 8192) {
                continue;
            }
            const double start = m[QStringLiteral("decode_tps_start")][QStringLiteral("expected")].toDouble();
            const double full = m[QStringLiteral("decode_tps_full")][QStringLiteral("expected")].toDouble();
            QVERIFY2(start > full, qPrintable(r[QStringLiteral("name")].toString()));
            ++compared;
        }
    }
    QVERIFY(compared > 10);
}

void TestRankedMachines::rankingPutsQualifyingPricedMachinesFirst()
{
    const QJsonObject plan = recommend(tests::workloadArguments({"coding-assistant"}));
    const QJsonArray ranked = plan[QStringLiteral("ranked")].toArray();
    bool leftQualifying = false;
    double lastPrice = 0.0;
    for (const QJsonValue& r : ranked) {
        const QString verdict = r[QStringLiteral("verdict")].toString();
        const bool qualifies = (verdict == QStringLiteral("great") || verdict == QStringLiteral("good"))
            && !r[QStringLiteral("excluded")].toBool() && !r[QStringLiteral("system_price_usd")].isNull();
        if (qualifies) {
            QVERIFY2(!leftQualifying, "a qualifying priced machine ranks after a non-qualifying one");
            const double price = r[QStringLiteral("system_price_usd")].toDouble();
            QVERIFY(price >= lastPrice); // cheapest complete system first
            lastPrice = price;
        } else {
            leftQualifying = true;
        }
    }
    // Too large ranks after every machine that fits, excluded ones last.
    bool seenTooLarge = false;
    for (const QJsonValue& r : ranked) {
        if (r[QStringLiteral("excluded")].toBool()) {
            continue;
        }
        if (r[QStringLiteral("verdict")].toString() == QStringLiteral("too_large")) {
            seenTooLarge = true;
        } else {
            QVERIFY(!seenTooLarge);
        }
    }
}

QTEST_GUILESS_MAIN(TestRankedMachines)
#include "tst_ranked_machines.moc"
