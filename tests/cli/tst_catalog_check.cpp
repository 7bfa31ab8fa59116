// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `localrig catalog check` (issue 15) on the shipped catalog, and `catalog list machines` (issue 14).
#include "tests/cli/InProcessCli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

using localrig::tests::Run;
using localrig::tests::run;

const QString kToday = QStringLiteral("2026-12-04");

QJsonObject checkJson()
{
    const Run result = run({QStringLiteral("catalog"), QStringLiteral("check"), QStringLiteral("--json"),
                            QStringLiteral("--today"), kToday});
    return result.exitCode == 0 ? QJsonDocument::fromJson(result.out.toUtf8()).object() : QJsonObject();
}

} // namespace

class TestCatalogCheck final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testJsonCountsEveryKind();
    void testNoBuyablePriceOlderThanAYear();
    void testFindingsNameRowSourceAndDate();
    void testTextSummaryLeadsWithTheCounts();
    void testRejectsABadDate();
    void testMachinesIsAnAliasOfPlatforms();
    void testPlatformsJsonCarriesAvailabilityAndStaleness();

private:
    QTemporaryDir m_dir;
};

void TestCatalogCheck::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_dir.isValid());
    qputenv("LOCALRIG_CATALOG", QByteArray(LOCALRIG_CATALOG_FILE));
    qputenv("LOCALRIG_USER_DATABASE", m_dir.filePath(QStringLiteral("user.sqlite")).toUtf8());
}

void TestCatalogCheck::testJsonCountsEveryKind()
{
    const QJsonObject root = checkJson();
    QCOMPARE(root.value(QStringLiteral("today")).toString(), kToday);
    const QJsonObject counts = root.value(QStringLiteral("counts")).toObject();
    for (const char* key : {"missing_price", "stale_price", "guide_only", "disagreement", "non_vendor_source",
                            "buyable_machines", "announced_machines", "discontinued_machines", "expired_prices"}) {
        QVERIFY2(counts.contains(QLatin1String(key)), key);
    }
    // The counts agree with the findings listed.
    const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
    int stale = 0;
    for (const QJsonValue& f : findings) {
        stale += f.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("stale_price") ? 1 : 0;
    }
    QCOMPARE(counts.value(QStringLiteral("stale_price")).toInt(), stale);
    QVERIFY(counts.value(QStringLiteral("announced_machines")).toInt() >= 1); // RTX Spark
    QVERIFY(counts.value(QStringLiteral("discontinued_machines")).toInt() >= 5);
}

void TestCatalogCheck::testNoBuyablePriceOlderThanAYear()
{
    const QJsonObject counts = checkJson().value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("expired_prices")).toInt(), 0);
    // The three unpriced Apple configurations left Apple's store in 2026: discontinued, not missing a price.
    QCOMPARE(counts.value(QStringLiteral("missing_price")).toInt(), 0);
}

void TestCatalogCheck::testFindingsNameRowSourceAndDate()
{
    const QJsonArray findings = checkJson().value(QStringLiteral("findings")).toArray();
    QVERIFY(!findings.isEmpty());
    bool sawProxy = false;
    for (const QJsonValue& value : findings) {
        const QJsonObject f = value.toObject();
        QVERIFY(!f.value(QStringLiteral("table")).toString().isEmpty());
        QVERIFY(!f.value(QStringLiteral("id")).toString().isEmpty());
        QVERIFY(!f.value(QStringLiteral("detail")).toString().isEmpty());
        if (f.value(QStringLiteral("kind")).toString() == QLatin1String("stale_price")) {
            QVERIFY(f.value(QStringLiteral("age_months")).toInt() > 6
                    || f.value(QStringLiteral("detail")).toString().contains(QLatin1String(" 6 months")));
        }
        sawProxy = sawProxy || f.value(QStringLiteral("detail")).toString().contains(QLatin1String("proxy or copy"));
    }
    QVERIFY(sawProxy); // e.g. the Kimi K2.6 card read through voozh.deno.dev
}

void TestCatalogCheck::testTextSummaryLeadsWithTheCounts()
{
    const Run result = run({QStringLiteral("catalog"), QStringLiteral("check"), QStringLiteral("--today"), kToday});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.split(u'\n');
    QVERIFY(lines.value(0).startsWith(QLatin1String("Catalog check on 2026-12-04:")));
    QCOMPARE(lines.value(1), QStringLiteral("Buyable machines whose current price is older than 12 months: 0"));
    QVERIFY(lines.value(2).startsWith(QLatin1String("Buyable machines without a price: ")));
    QVERIFY(lines.value(3).startsWith(QLatin1String("Stale prices (older than 6 months): ")));
    QCOMPARE(lines.value(2), QStringLiteral("Buyable machines without a price: 0"));
    QVERIFY(!result.out.contains(QLatin1String("buyable, but no price")));
}

void TestCatalogCheck::testRejectsABadDate()
{
    const Run result = run(
        {QStringLiteral("catalog"), QStringLiteral("check"), QStringLiteral("--today"), QStringLiteral("04/12/2026")});
    QVERIFY(result.exitCode != 0);
    QVERIFY(result.err.contains(QLatin1String("--today must be a date YYYY-MM-DD")));
}

void TestCatalogCheck::testMachinesIsAnAliasOfPlatforms()
{
    const Run machines = run({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("machines")});
    const Run platforms = run({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("platforms")});
    QCOMPARE(machines.exitCode, 0);
    QCOMPARE(machines.out, platforms.out);
    QVERIFY(machines.out.contains(QLatin1String("rtx_spark_laptop_128")));
    QVERIFY(machines.out.contains(QLatin1String("announced, no price")));
}

void TestCatalogCheck::testPlatformsJsonCarriesAvailabilityAndStaleness()
{
    const Run result = run(
        {QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("machines"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray platforms = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QVERIFY(platforms.size() >= 44);
    bool sawUsed = false;
    for (const QJsonValue& value : platforms) {
        const QJsonObject p = value.toObject();
        QVERIFY(p.contains(QStringLiteral("availability")));
        QVERIFY(p.contains(QStringLiteral("price_stale")));
        if (p.value(QStringLiteral("id")).toString() == QLatin1String("rtx_3090")) {
            QCOMPARE(p.value(QStringLiteral("availability")).toString(), QStringLiteral("discontinued"));
            QCOMPARE(p.value(QStringLiteral("price_usd")).toDouble(), 750.0); // used, May 2026
            sawUsed = true;
        }
    }
    QVERIFY(sawUsed);
}

QTEST_GUILESS_MAIN(TestCatalogCheck)
#include "tst_catalog_check.moc"
