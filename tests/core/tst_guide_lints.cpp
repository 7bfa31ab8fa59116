// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The guide's contradicted figures raised as Plan-page lints, on a hand-made plan.
#include "core/GuideLints.h"

#include <QTest>

using namespace localrig;
using namespace localrig::core;

namespace {

ModelNeed need(const char* id, const char* name)
{
    ModelNeed n;
    n.model.id = id;
    n.model.name = name;
    return n;
}

PlatformAssessment machine(const char* id, bool meetsNeeds)
{
    PlatformAssessment a;
    a.platform.id = id;
    a.platform.name = id;
    a.meetsNeeds = meetsNeeds;
    return a;
}

// Three catalog rows as the catalog words them (platforms.csv / models.csv), and one whose guide figure holds.
std::vector<GuideFigureCheck> checks()
{
    return {
        {"rtx_4070_laptop", "GeForce RTX 4070 Laptop GPU", "RTX 4070 Laptop 16GB (Tier 1)",
         "contradicted: the RTX 4070 Laptop GPU has 8 GB GDDR6"},
        {"mbp14_m4pro_48", "MacBook Pro 14-inch (M4 Pro) 48GB", "MacBook Pro M4 Pro 48GB · ~$2,000",
         "bandwidth confirmed; price questionable: $1,999 is the 24 GB base configuration"},
        {"mistral_small_3_1_24b", "Mistral Small 3.1 24B", "~18GB at 4-bit",
         "questionable: weights at Q4_K_M are ~14.6 GB"},
        {"mac_mini_m4pro_24", "Mac mini (M4 Pro) 24GB", "Mac Mini M4 Pro", "confirmed: 273 GB/s"},
    };
}

} // namespace

class TestGuideLints final : public QObject
{
    Q_OBJECT

private slots:
    void testVerdictsThatCorrectTheGuide_data();
    void testVerdictsThatCorrectTheGuide();
    void testRaisedForThePlansModelsAndMachines();
    void testNothingWhenThePlanTouchesNoCorrectedRow();
    void testRankedMachinesAreCappedAndMustMeetTheNeeds();
    void testEnglishDescription();
};

void TestGuideLints::testVerdictsThatCorrectTheGuide_data()
{
    QTest::addColumn<QString>("check");
    QTest::addColumn<bool>("corrected");
    QTest::newRow("contradicted") << "contradicted (price): the M4 Air launched at $999" << true;
    QTest::newRow("partly") << "partly: the binned M4 Max has 410 GB/s" << true;
    QTest::newRow("questionable") << "price questionable: $1,999 is the 24 GB base" << true;
    QTest::newRow("wrong") << "64 GB confirmed; the guide's 330 GB/s is wrong (307)" << true;
    QTest::newRow("confirmed") << "confirmed: 64 GB option and 273 GB/s" << false;
    QTest::newRow("unconfirmed") << "unconfirmed: ~9 GB not measured" << false;
}

void TestGuideLints::testVerdictsThatCorrectTheGuide()
{
    QFETCH(QString, check);
    QFETCH(bool, corrected);
    QCOMPARE(guideFigureCorrected(check.toStdString()), corrected);
}

void TestGuideLints::testRaisedForThePlansModelsAndMachines()
{
    Recommendation recommendation;
    recommendation.ranked
        = {machine("mac_mini_m4pro_24", true), machine("mbp14_m4pro_48", true), machine("rtx_4070_laptop", false)};
    recommendation.recommended = 1; // the 48 GB MacBook Pro
    const std::vector<Lint> lints
        = lintGuideFigures(checks(), {need("mistral_small_3_1_24b", "Mistral Small 3.1 24B")}, recommendation);
    // The model first, then the recommended machine; the 4070 laptop does not meet the needs, the mini's
    // figure is confirmed.
    QCOMPARE(lints.size(), std::size_t(2));
    QCOMPARE(lints[0].code, LintCode::GuideFigureCorrected);
    QCOMPARE(lints[0].subject, std::string("Mistral Small 3.1 24B"));
    QCOMPARE(lints[0].guideSays, std::string("~18GB at 4-bit"));
    QCOMPARE(lints[0].sourcesSay, std::string("weights at Q4_K_M are ~14.6 GB")); // the short verdict dropped
    QCOMPARE(lints[1].subject, std::string("MacBook Pro 14-inch (M4 Pro) 48GB"));
    // A verdict longer than a word or two stays whole: it says which figure holds and which does not.
    QCOMPARE(lints[1].sourcesSay,
             std::string("bandwidth confirmed; price questionable: $1,999 is the 24 GB base configuration"));
}

void TestGuideLints::testNothingWhenThePlanTouchesNoCorrectedRow()
{
    Recommendation recommendation;
    recommendation.ranked = {machine("mac_mini_m4pro_24", true)};
    recommendation.recommended = 0;
    QVERIFY(lintGuideFigures(checks(), {need("phi4", "Phi-4")}, recommendation).empty());
    QVERIFY(lintGuideFigures({}, {need("mistral_small_3_1_24b", "x")}, recommendation).empty()); // no catalog data
}

void TestGuideLints::testRankedMachinesAreCappedAndMustMeetTheNeeds()
{
    Recommendation recommendation; // no recommendation: only the ranked machines that meet the needs count
    for (int i = 0; i < 5; ++i) {
        recommendation.ranked.push_back(machine("mac_mini_m4pro_24", true));
    }
    recommendation.ranked.push_back(machine("rtx_4070_laptop", true)); // the sixth qualifying: beyond the cap
    QVERIFY(lintGuideFigures(checks(), {}, recommendation).empty());
    recommendation.ranked.insert(recommendation.ranked.begin(), machine("rtx_4070_laptop", true));
    const std::vector<Lint> lints = lintGuideFigures(checks(), {}, recommendation);
    QCOMPARE(lints.size(), std::size_t(1)); // raised once, though it is ranked twice
    QCOMPARE(lints[0].sourcesSay, std::string("the RTX 4070 Laptop GPU has 8 GB GDDR6"));
}

void TestGuideLints::testEnglishDescription()
{
    Lint lint{LintCode::GuideFigureCorrected, "NVIDIA DGX Spark", 0.0, 0.0, {}, {}};
    lint.guideSays = "~$3,000";
    lint.sourcesSay = "launched at $3,999";
    QCOMPARE(describe(lint),
             std::string("NVIDIA DGX Spark: the guide says \"~$3,000\"; sources say: launched at $3,999"));
}

QTEST_GUILESS_MAIN(TestGuideLints)
#include "tst_guide_lints.moc"
