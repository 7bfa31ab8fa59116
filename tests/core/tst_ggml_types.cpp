// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/gguf/GgmlType.h"

#include <QTest>

#include <cstdint>

using namespace localrig::core::gguf;

// The bytes of one row of every ggml tensor type a GGUF file may hold (ggml.c type_traits: block size and
// bytes per block), and the ids llama.cpp removed, which a file may no longer use.
class TestGgmlTypes final : public QObject
{
    Q_OBJECT

private slots:
    void testGgmlBlockSizes_data();
    void testGgmlBlockSizes();
};

void TestGgmlTypes::testGgmlBlockSizes_data()
{
    QTest::addColumn<uint>("type");
    QTest::addColumn<quint64>("rowLength");
    QTest::addColumn<quint64>("expectedBytes");
    QTest::newRow("F32: 256 x 4 B = 1,024") << 0U << quint64{256} << quint64{1024};
    QTest::newRow("F16: 256 x 2 B = 512") << 1U << quint64{256} << quint64{512};
    QTest::newRow("Q4_0: 256/32 x 18 = 144") << 2U << quint64{256} << quint64{144};
    QTest::newRow("Q4_1: 256/32 x 20 = 160") << 3U << quint64{256} << quint64{160};
    QTest::newRow("Q5_0: 256/32 x 22 = 176") << 6U << quint64{256} << quint64{176};
    QTest::newRow("Q5_1: 256/32 x 24 = 192") << 7U << quint64{256} << quint64{192};
    QTest::newRow("Q8_0: 256/32 x 34 = 272") << 8U << quint64{256} << quint64{272};
    QTest::newRow("Q8_1: 256/32 x 36 = 288") << 9U << quint64{256} << quint64{288};
    QTest::newRow("Q2_K: 1 x 84") << 10U << quint64{256} << quint64{84};
    QTest::newRow("Q3_K: 1 x 110") << 11U << quint64{256} << quint64{110};
    QTest::newRow("Q4_K: 1 x 144") << 12U << quint64{256} << quint64{144};
    QTest::newRow("Q5_K: 1 x 176") << 13U << quint64{256} << quint64{176};
    QTest::newRow("Q6_K: 1 x 210") << 14U << quint64{256} << quint64{210};
    QTest::newRow("Q8_K: 1 x 292") << 15U << quint64{256} << quint64{292};
    QTest::newRow("IQ2_XXS: 1 x 66") << 16U << quint64{256} << quint64{66};
    QTest::newRow("IQ2_XS: 1 x 74") << 17U << quint64{256} << quint64{74};
    QTest::newRow("IQ3_XXS: 1 x 98") << 18U << quint64{256} << quint64{98};
    QTest::newRow("IQ1_S: 1 x 50") << 19U << quint64{256} << quint64{50};
    QTest::newRow("IQ4_NL: 256/32 x 18 = 144") << 20U << quint64{256} << quint64{144};
    QTest::newRow("IQ3_S: 1 x 110") << 21U << quint64{256} << quint64{110};
    QTest::newRow("IQ2_S: 1 x 82") << 22U << quint64{256} << quint64{82};
    QTest::newRow("IQ4_XS: 1 x 136") << 23U << quint64{256} << quint64{136};
    QTest::newRow("I8: 256 x 1") << 24U << quint64{256} << quint64{256};
    QTest::newRow("I64: 256 x 8") << 27U << quint64{256} << quint64{2048};
    QTest::newRow("IQ1_M: 1 x 56") << 29U << quint64{256} << quint64{56};
    QTest::newRow("BF16: 256 x 2") << 30U << quint64{256} << quint64{512};
    QTest::newRow("TQ1_0: 1 x 54") << 34U << quint64{256} << quint64{54};
    QTest::newRow("TQ2_0: 1 x 66") << 35U << quint64{256} << quint64{66};
    QTest::newRow("MXFP4: 256/32 x 17 = 136") << 39U << quint64{256} << quint64{136};
}

void TestGgmlTypes::testGgmlBlockSizes()
{
    QFETCH(uint, type);
    QFETCH(quint64, rowLength);
    QFETCH(quint64, expectedBytes);
    const GgmlType* info = findGgmlType(type);
    QVERIFY(info);
    const auto bytes = ggmlTensorBytes(*info, rowLength, rowLength);
    QVERIFY(bytes);
    QCOMPARE(bytes.value(), std::uint64_t{expectedBytes});
    // Removed and repacked types are unknown in files.
    for (const std::uint32_t removed : {4U, 5U, 31U, 32U, 33U, 36U, 37U, 38U, 1000U}) {
        QVERIFY(findGgmlType(removed) == nullptr);
    }
}

QTEST_GUILESS_MAIN(TestGgmlTypes)
#include "tst_ggml_types.moc"
