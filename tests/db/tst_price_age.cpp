// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15: a price older than six months is stale; partial dates count from the end of their period.
#include "db/CatalogAudit.h"
#include "db/PriceAge.h"

#include <QTest>

using namespace localrig::db;

class TestPriceAge final : public QObject
{
    Q_OBJECT

private slots:
    void testAgeAndStaleness_data();
    void testAgeAndStaleness();
    void testRejectsInvalidDates();
    void testVendorAndProxySources_data();
    void testVendorAndProxySources();
};

void TestPriceAge::testAgeAndStaleness_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<int>("months");
    QTest::addColumn<bool>("stale");
    QTest::addColumn<bool>("expired");
    // today = 2026-12-04 throughout
    QTest::newRow("2026-06-25: 5 months, fresh") << "2026-06-25" << 5 << false << false;
    QTest::newRow("2026-06-03: 6 months + 1 day, stale") << "2026-06-03" << 6 << true << false;
    QTest::newRow("2026-06 = 2026-06-30: 5 months, fresh") << "2026-06" << 5 << false << false;
    QTest::newRow("2026-05 = 2026-05-31: 6 months, stale") << "2026-05" << 6 << true << false;
    QTest::newRow("2025-12-04: exactly 12 months, not expired") << "2025-12-04" << 12 << true << false;
    QTest::newRow("2025-01-30: 22 months, expired") << "2025-01-30" << 22 << true << true;
    QTest::newRow("2026 = 2026-12-31: future, 0 months") << "2026" << 0 << false << false;
    QTest::newRow("range 2024-11/2026-10: the later end") << "2024-11/2026-10" << 1 << false << false;
}

void TestPriceAge::testAgeAndStaleness()
{
    QFETCH(QString, date);
    QFETCH(int, months);
    QFETCH(bool, stale);
    QFETCH(bool, expired);
    const QDate today(2026, 12, 4);
    QCOMPARE(ageInMonths(date, today), std::optional<int>(months));
    QCOMPARE(isStale(date, today), stale);
    QCOMPARE(isStale(date, today, kExpiredMonths), expired);
}

void TestPriceAge::testRejectsInvalidDates()
{
    const QDate today(2026, 12, 4);
    QVERIFY(!effectiveDate(QStringLiteral("June 2026")));
    QVERIFY(!effectiveDate(QStringLiteral("2026-13")));
    QVERIFY(!effectiveDate(QStringLiteral("2026-02-30")));
    QVERIFY(!ageInMonths(QString(), today));
    QVERIFY(!isStale(QStringLiteral("guide"), today));
}

void TestPriceAge::testVendorAndProxySources_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("vendor");
    QTest::addColumn<bool>("proxy");
    QTest::newRow("apple") << "https://www.apple.com/mac-studio/specs/" << true << false;
    QTest::newRow("support.apple") << "https://support.apple.com/en-sg/121555" << true << false;
    QTest::newRow("model card") << "https://huggingface.co/Qwen/Qwen3-30B-A3B/blob/main/config.json" << true << false;
    QTest::newRow("maker's GitHub") << "https://github.com/deepseek-ai/DeepSeek-R1/blob/main/README.md" << true
                                    << false;
    QTest::newRow("someone's GitHub copy")
        << "https://github.com/someone/Llm-Component/blob/main/README.md" << false << false;
    QTest::newRow("news site") << "https://www.macrumors.com/2024/10/30/apple-announces-m4-max-chip/" << false << false;
    QTest::newRow("proxy") << "https://voozh.deno.dev/x" << false << true;
    QTest::newRow("search page") << "https://inforeader.com/i/?search=%23Mac%2BStudio" << false << true;
    QTest::newRow("look-alike host") << "https://notapple.com/x" << false << false;
}

void TestPriceAge::testVendorAndProxySources()
{
    QFETCH(QString, url);
    QFETCH(bool, vendor);
    QFETCH(bool, proxy);
    QCOMPARE(isVendorSource(url), vendor);
    QCOMPARE(isKnownProxy(url), proxy);
}

QTEST_GUILESS_MAIN(TestPriceAge)
#include "tst_price_age.moc"
