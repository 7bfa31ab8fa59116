// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/CalibrationFile.h"
#include "core/MeasurementCsv.h"
#include "core/SpeedCalibration.h"

#include <QTest>

#include <cmath>
#include <string>

using namespace localrig;
using namespace localrig::core;

Q_DECLARE_METATYPE(std::string)

namespace {

const std::string kHeader = "hardware,memory_gb,bandwidth_gbs,backend,model,params_b,active_params_b,quant,file_gib,"
                            "context,pp_tokens_s,tg_tokens_s,source_url,notes\n";
const std::string kGoodRow = "NVIDIA RTX 3090,24,936,CUDA,Llama 3 8B,8.03,8.03,Q4_K_M,4.58,512,4030.4,115.42,"
                             "https://example.invalid,\"fa off, tg512\"\n";

bool mentions(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

class TestCalibrationCsv final : public QObject
{
    Q_OBJECT

private slots:
    void testReadsAMeasurementRow();
    void testRejectsBadMeasurements_data();
    void testRejectsBadMeasurements();
    void testHardwareKeyNamesTheChip_data();
    void testHardwareKeyNamesTheChip();
    void testKernelOfQuant_data();
    void testKernelOfQuant();
    void testShippedReferenceTablesParse();
    void testMxfp4ExpertsAreReadAtFourBits();
    void testConstantsFileRoundTrips();
    void testShippedCalibrationIsFitted();
};

void TestCalibrationCsv::testReadsAMeasurementRow()
{
    auto rows = parseMeasurements(kHeader + kGoodRow);
    QVERIFY(rows);
    QCOMPARE(rows.value().size(), std::size_t{1});
    const Measurement& m = rows.value().front();
    QCOMPARE(m.line, 2);
    QCOMPARE(m.backend, Backend::Cuda);
    QCOMPARE(m.kernel, QuantKernel::KQuant);
    QCOMPARE(*m.bandwidthGBs, 936.0);
    QCOMPARE(m.totalParams, 8.03e9);
    QCOMPARE(*m.fileGiB, 4.58);
    QCOMPARE(m.contextTokens, 512);
    QCOMPARE(*m.decodeTps, 115.42);
    QVERIFY(!m.isMixtureOfExperts());
}

void TestCalibrationCsv::testRejectsBadMeasurements_data()
{
    QTest::addColumn<std::string>("text");
    QTest::addColumn<std::string>("where");
    const std::string row = kGoodRow;
    const auto replaced = [&](const std::string& from, const std::string& to) {
        std::string r = row;
        r.replace(r.find(from), from.size(), to);
        return kHeader + kGoodRow + r;
    };
    QTest::newRow("bandwidth 'fast'") << replaced(",936,", ",fast,") << std::string("line 3, column 3 (bandwidth_gbs)");
    QTest::newRow("negative tg") << replaced(",115.42,", ",-1,") << std::string("line 3, column 12 (tg_tokens_s)");
    QTest::newRow("unknown backend") << replaced(",CUDA,", ",Glide,") << std::string("line 3, column 4 (backend)");
    QTest::newRow("active > total") << replaced(",8.03,8.03,", ",8.03,9,")
                                    << std::string("line 3, column 7 (active_params_b)");
    QTest::newRow("fractional context") << replaced(",512,", ",51.5,") << std::string("line 3, column 10 (context)");
    QTest::newRow("missing params") << replaced(",8.03,8.03,", ",,8.03,") << std::string("line 3, column 6 (params_b)");
    QTest::newRow("no tg column") << std::string("hardware,bandwidth_gbs,backend,model,params_b,active_params_b,quant,"
                                                 "file_gib,context,pp_tokens_s\n")
                                  << std::string("no column 'tg_tokens_s'");
}

void TestCalibrationCsv::testRejectsBadMeasurements()
{
    QFETCH(std::string, text);
    QFETCH(std::string, where);
    auto rows = parseMeasurements(text);
    QVERIFY(!rows);
    QVERIFY2(mentions(rows.error().detail, where), rows.error().detail.c_str());
}

void TestCalibrationCsv::testHardwareKeyNamesTheChip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");
    QTest::newRow("2x card") << QStringLiteral("2x NVIDIA RTX 3090") << QStringLiteral("NVIDIA RTX 3090");
    QTest::newRow("core count") << QStringLiteral("Apple M1 Max 32-core GPU") << QStringLiteral("Apple M1 Max");
    QTest::newRow("details") << QStringLiteral("Apple M1 Max (MacBook Pro, GPU core count not stated)")
                             << QStringLiteral("Apple M1 Max");
    QTest::newRow("box") << QStringLiteral("AMD Ryzen AI Max+ 395 (Radeon 8060S, HP Z2 Mini G1a)")
                         << QStringLiteral("AMD Ryzen AI Max+ 395");
    QTest::newRow("plain") << QStringLiteral("NVIDIA RTX 3080 10GB") << QStringLiteral("NVIDIA RTX 3080 10GB");
}

void TestCalibrationCsv::testHardwareKeyNamesTheChip()
{
    QFETCH(QString, name);
    QFETCH(QString, key);
    QCOMPARE(QString::fromStdString(hardwareKey(name.toStdString())), key);
}

void TestCalibrationCsv::testKernelOfQuant_data()
{
    QTest::addColumn<QString>("quant");
    QTest::addColumn<int>("kernel");
    QTest::newRow("Q4_K_M") << QStringLiteral("Q4_K_M") << int(QuantKernel::KQuant);
    QTest::newRow("UD-Q4_K_XL") << QStringLiteral("UD-Q4_K_XL (Q4_K-Medium)") << int(QuantKernel::KQuant);
    QTest::newRow("Q8_0") << QStringLiteral("Q8_0") << int(QuantKernel::Q8);
    QTest::newRow("Q4_0") << QStringLiteral("Q4_0") << int(QuantKernel::Legacy4);
    QTest::newRow("MXFP4 labelled F16") << QStringLiteral("MXFP4 (labelled F16 by early llama.cpp)")
                                        << int(QuantKernel::Fp4);
    QTest::newRow("BF16") << QStringLiteral("BF16") << int(QuantKernel::Float16);
    QTest::newRow("IQ4_XS") << QStringLiteral("IQ4_XS") << int(QuantKernel::IQuant);
    QTest::newRow("AWQ") << QStringLiteral("AWQ") << int(QuantKernel::Other);
}

void TestCalibrationCsv::testKernelOfQuant()
{
    QFETCH(QString, quant);
    QFETCH(int, kernel);
    QCOMPARE(int(kernelOfQuant(quant.toStdString())), kernel);
}

void TestCalibrationCsv::testShippedReferenceTablesParse()
{
    const ReferenceTables& tables = shippedReferenceTables();
    const ModelLayout* oss = tables.layout("gpt-oss-20b");
    QVERIFY(oss != nullptr);
    QCOMPARE(oss->groups.size(), std::size_t{2}); // 12 full + 12 sliding-window layers
    QCOMPARE(oss->groups[1].window, 128);
    QVERIFY(tables.layout("Llama 3 8B (llama 8B)") != nullptr);
    QCOMPARE(*tables.fp16Tflops("NVIDIA RTX 4090"), 330.3);
}

void TestCalibrationCsv::testMxfp4ExpertsAreReadAtFourBits()
{
    // 10e9 params, 2e9 active, 8 experts, 1 per token: experts = (10e9 - 2e9) / (1 - 1/8) = 9.142857e9, shared
    // 0.857143e9. File 6.375e9 B: experts at 4.25 bits 4.857143e9 B, the rest 1.517857e9 B (1.770833 B/param).
    // A token: 0.857143e9 x 1.770833 + (2e9 - 0.857143e9) x 0.53125 = 1.517857e9 + 0.607143e9 = 2.125e9 B;
    // read at the file's average rate it would be 6.375e9 x 2/10 = 1.275e9 B.
    const std::string layouts = "model,layers,kv_heads,head_dim,window,heads,experts,experts_used\n"
                                "toy,4,2,64,0,8,8,1\n";
    auto tables = parseReferenceTables(layouts, "hardware,fp16_tflops\nX,1\n");
    QVERIFY(tables);
    const ModelLayout* toy = tables.value().layout("toy");
    QVERIFY(toy != nullptr);
    QCOMPARE(toy->experts, 8);
    QVERIFY(std::abs(toy->activeWeightBytes(6.375e9, 10e9, 2e9, QuantKernel::Fp4) - 2.125e9) < 1.0);
    QVERIFY(std::abs(toy->activeWeightBytes(6.375e9, 10e9, 2e9, QuantKernel::KQuant) - 1.275e9) < 1.0);
    // An expert count without experts per token is a broken table, named.
    auto broken = parseReferenceTables("model,layers,kv_heads,head_dim,window,experts\ntoy,4,2,64,0,8\n",
                                       "hardware,fp16_tflops\nX,1\n");
    QVERIFY(!broken);
    // A hybrid: 10 full-attention layers cache, but a token passes all 40 blocks (3 Gated DeltaNet per attention
    // layer, Qwen3.6-35B-A3B): kernel time counts 40, the KV read 10. Without the column blocks = layers.
    auto hybrid = parseReferenceTables("model,layers,kv_heads,head_dim,window,blocks\nhybrid,10,2,256,0,40\n",
                                       "hardware,fp16_tflops\nX,1\n");
    QVERIFY(hybrid);
    QCOMPARE(hybrid.value().layout("hybrid")->layers(), 10);
    QCOMPARE(hybrid.value().layout("hybrid")->blockCount(), 40);
    QCOMPARE(toy->blockCount(), 4);
}

void TestCalibrationCsv::testConstantsFileRoundTrips()
{
    SpeedCalibration c = SpeedCalibration::uncalibratedDefaults();
    c.setDecode(BackendFamily::Metal, false, DecodeCalibration{0.6831, 0.0016, 0.81, 1.23, 10, 88e-6, 1.25});
    c.setKernelFactor(QuantKernel::Q8, 1.119, 3);
    c.setPrefill(BackendFamily::Cuda, PrefillCalibration{0.28, 0.5, 1.9, 7, 0.42});
    const std::string text = writeCalibrationCsv(c, {"test.csv (3 rows)", "2026-01-01", "localrig calibrate"});
    auto back = parseCalibrationCsv(text);
    QVERIFY(back);
    const DecodeCalibration& d = back.value().decode(Backend::Metal, false);
    QCOMPARE(d.efficiency, 0.6831);
    QVERIFY(std::abs(d.fixedSecondsPerToken - 0.0016) < 1e-15); // written as 1.6 ms
    QVERIFY(std::abs(d.secondsPerLayer - 88e-6) < 1e-15); // written as 88 us
    QCOMPARE(d.kvFactor, 1.25);
    QCOMPARE(d.rows, 10);
    QCOMPARE(back.value().prefill(Backend::Cuda).moeFactor, 0.42);
    QCOMPARE(back.value().kernelFactor(QuantKernel::Q8), 1.119);
    QCOMPARE(back.value().kernelRows(QuantKernel::Q8), 3);
    QCOMPARE(back.value().prefill(Backend::Cuda).rows, 7);
    QCOMPARE(back.value().source, std::string("fitted to test.csv (3 rows)"));
    // A file written before issue 16 (no layer_us, kv_factor, moe_factor columns) still parses.
    auto old = parseCalibrationCsv("kind,family,class,value,fixed_ms,low_ratio,high_ratio,rows\n"
                                   "decode,cuda,dense,0.8,1.6,0.8,1.2,3\n");
    QVERIFY(old);
    QCOMPARE(old.value().decode(Backend::Cuda, false).secondsPerLayer, 0.0);
    QCOMPARE(old.value().decode(Backend::Cuda, false).kvFactor, 1.0);
    auto broken = parseCalibrationCsv("kind,family,class,value,fixed_ms,low_ratio,high_ratio,rows\n"
                                      "decode,gpu,dense,0.5,0,0.8,1.2,3\n");
    QVERIFY(!broken);
}

void TestCalibrationCsv::testShippedCalibrationIsFitted()
{
    const SpeedCalibration& fitted = SpeedCalibration::fitted();
    QVERIFY(fitted.decode(Backend::Cuda, false).rows > 0);
    QVERIFY(fitted.decode(Backend::Metal, false).rows > 0);
    QVERIFY(fitted.decode(Backend::Vulkan, true).rows > 0);
    QCOMPARE(fitted.decode(Backend::Cpu, false).rows, 0); // no CPU measurements yet: the sizing default
    QCOMPARE(fitted.decode(Backend::Cpu, false).efficiency, 0.6);
    for (Backend backend : {Backend::Metal, Backend::Cuda, Backend::Rocm, Backend::Cpu}) {
        for (bool moe : {false, true}) {
            const DecodeCalibration& d = fitted.decode(backend, moe);
            QVERIFY(d.efficiency > 0.2 && d.efficiency < 1.2);
            QVERIFY(d.lowRatio <= 1.0 && d.highRatio >= 1.0);
        }
    }
    QVERIFY(fitted.source.find("measured-public.csv") != std::string::npos);
}

QTEST_GUILESS_MAIN(TestCalibrationCsv)
#include "tst_calibration_csv.moc"
