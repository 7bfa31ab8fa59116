// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Tco.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace localrig;
using namespace localrig::core;

class TestTco final : public QObject
{
    Q_OBJECT

private slots:
    void testGuideExampleBreaksEvenInAboutAYear();
    void testElectricityDelaysBreakEven();
    void testNeverWhenApiIsCheap();
    void testNeverWhenElectricityExceedsApi();
    void testResaleLowersTheNetCost();
    void testRejectsBadInput_data();
    void testRejectsBadInput();
};

void TestTco::testGuideExampleBreaksEvenInAboutAYear()
{
    // Guide: a $2,000 machine against $150/month of API "could recoup its cost within roughly a year".
    // Month 13: 13*150 = 1,950 < 2,000; month 14: 2,100 >= 2,000 -> month 14; exactly 2000/150 = 13.33 months.
    auto tco = computeTco(TcoInput{2000.0, 150.0, 0.0, 0.0, 0.0, 36, 0.0});
    QVERIFY(tco);
    QCOMPARE(tco.value().breakEvenMonth.value(), 14);
    QVERIFY(std::abs(tco.value().breakEvenMonths.value() - 2000.0 / 150.0) < 1e-12);
    QCOMPARE(tco.value().localCumulativeUsd.size(), std::size_t(37));
    QCOMPARE(tco.value().localCumulativeUsd.front(), 2000.0);
    QCOMPARE(tco.value().apiCumulativeUsd.at(12), 1800.0);
}

void TestTco::testElectricityDelaysBreakEven()
{
    // 60 W x 8 h x 30.4375 days / 1000 = 14.61 kWh x $0.1648 = $2.407728 per month;
    // 2000 / (150 - 2.407728) = 13.5508 months -> month 14 (month 13: 1,950 < 2,031.30).
    auto tco = computeTco(TcoInput{2000.0, 150.0, 60.0, 8.0, 0.1648, 36, 0.0});
    QVERIFY(tco);
    const double electricity = 60.0 * 8.0 * (365.25 / 12.0) / 1000.0 * 0.1648;
    QVERIFY(std::abs(tco.value().electricityUsdPerMonth - electricity) < 1e-9);
    QVERIFY(std::abs(electricity - 2.407728) < 1e-9);
    QVERIFY(std::abs(tco.value().breakEvenMonths.value() - 2000.0 / (150.0 - electricity)) < 1e-9);
    QCOMPARE(tco.value().breakEvenMonth.value(), 14);
    QVERIFY(std::abs(tco.value().localCumulativeUsd.at(13) - (2000.0 + 13 * electricity)) < 1e-9);
}

void TestTco::testNeverWhenApiIsCheap()
{
    // $10/month reaches $360 in 36 months, far from $2,000: never within the horizon (lines cross at 200).
    auto tco = computeTco(TcoInput{2000.0, 10.0, 0.0, 0.0, 0.0, 36, 0.0});
    QVERIFY(tco);
    QVERIFY(!tco.value().breakEvenMonth);
    QCOMPARE(tco.value().breakEvenMonths.value(), 200.0);
}

void TestTco::testNeverWhenElectricityExceedsApi()
{
    // 575 W x 24 h x 30.4375 / 1000 x $0.40 = $168.03/month against $50 of API: the lines never cross.
    auto tco = computeTco(TcoInput{2000.0, 50.0, 575.0, 24.0, 0.40, 36, 0.0});
    QVERIFY(tco);
    QVERIFY(!tco.value().breakEvenMonth);
    QVERIFY(!tco.value().breakEvenMonths);
}

void TestTco::testResaleLowersTheNetCost()
{
    // Sold for 40 % after 24 months: 2,000 - 800 = 1,200 net.
    auto tco = computeTco(TcoInput{2000.0, 150.0, 0.0, 0.0, 0.0, 24, 0.4});
    QVERIFY(tco);
    QCOMPARE(tco.value().localNetUsdAtEnd, 1200.0);
}

void TestTco::testRejectsBadInput_data()
{
    QTest::addColumn<double>("price");
    QTest::addColumn<double>("hours");
    QTest::addColumn<int>("months");
    QTest::addColumn<int>("code");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("negative price") << -1.0 << 8.0 << 36 << int(ErrorCode::OutOfRange);
    QTest::newRow("NaN price") << nan << 8.0 << 36 << int(ErrorCode::InvalidInput);
    QTest::newRow("1e308 price") << 1e308 << 8.0 << 36 << int(ErrorCode::OutOfRange);
    QTest::newRow("25 hours a day") << 2000.0 << 25.0 << 36 << int(ErrorCode::OutOfRange);
    QTest::newRow("zero months") << 2000.0 << 8.0 << 0 << int(ErrorCode::OutOfRange);
}

void TestTco::testRejectsBadInput()
{
    QFETCH(double, price);
    QFETCH(double, hours);
    QFETCH(int, months);
    QFETCH(int, code);
    auto tco = computeTco(TcoInput{price, 150.0, 60.0, hours, 0.16, months, 0.0});
    QVERIFY(!tco);
    QCOMPARE(int(tco.error().code), code);
}

QTEST_GUILESS_MAIN(TestTco)
#include "tst_tco.moc"
