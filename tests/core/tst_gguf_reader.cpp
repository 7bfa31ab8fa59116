// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/gguf/GgufReader.h"
#include "core/gguf/ModelFileInspector.h"
#include "tst_gguf_writer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sstream>

using namespace localrig;
using namespace localrig::core;
using namespace localrig::core::gguf;
using namespace ggufTest;

namespace {

Result<ModelFileReport> inspect(const std::string& bytes)
{
    std::istringstream in(bytes);
    return inspectGguf(in);
}

// The file's share of one tensor type (none: zero bytes in zero tensors).
QuantShare share(const ModelFileReport& report, const std::string& type)
{
    for (const QuantShare& s : report.quantMix) {
        if (s.type == type) {
            return s;
        }
    }
    return QuantShare{type};
}

QString corpusDir()
{
    return QStringLiteral(LOCALRIG_TEST_DATA_DIR "/../fuzz/corpus/gguf");
}

} // namespace

class TestGgufReader final : public QObject
{
    Q_OBJECT

private slots:
    void testDenseLlamaExactBytesAndShape();
    void testMoeExpertsAndPerLayerKvHeads();
    void testSlidingWindowGemmaLayout();
    void testSlidingPatternFromBoolArray();
    void testSlidingPeriodFromFile();
    void testMlaModel();
    void testLargeVocabularyIsCountedNotKept();
    void testNestedArraysWithinDepth();
    void testReadsFromDiskAndReportsMissingFile();
    void testSeedCorpusParses();
};

void TestGgufReader::testDenseLlamaExactBytesAndShape()
{
    const auto report = inspect(denseLlamaFixture().build());
    QVERIFY2(report, report ? "" : report.error().detail.c_str());
    const ModelFileReport& r = report.value();
    // token_embd 256x16 Q6_K: 4096/256 = 16 blocks x 210 = 3,360 B.
    // Per layer: norms 2 x 256 F32 = 2 x 1,024; attn_q 256x256 Q4_K 256 blocks x 144 = 36,864;
    // attn_k 256x128 Q4_K 128 x 144 = 18,432; attn_v 256x128 Q6_K 128 x 210 = 26,880; attn_output 36,864;
    // ffn_gate and ffn_up 256x512 Q4_K 512 x 144 = 73,728 each; ffn_down 512x256 Q6_K 512 x 210 = 107,520.
    // Layer = 376,064 B. output_norm 1,024; output 256x16 Q8_0 128 blocks x 34 = 4,352.
    // Total 3,360 + 2 x 376,064 + 1,024 + 4,352 = 760,864 B.
    QCOMPARE(r.weightsBytes.value_or(0), std::uint64_t{760864});
    // Elements: 4,096 + 2 x (2 x 256 + 65,536 + 2 x 32,768 + 65,536 + 3 x 131,072) + 256 + 4,096 = 1,189,120.
    QCOMPARE(r.parameters, std::uint64_t{1189120});
    QCOMPARE(r.activeParameters, r.parameters);
    QCOMPARE(r.tensorCount, std::uint64_t{21}); // 1 + 2 x 9 + 2
    QCOMPARE(share(r, "Q4_K").bytes, std::uint64_t{479232}); // 2 x (36,864 + 18,432 + 36,864 + 2 x 73,728)
    QCOMPARE(share(r, "Q4_K").tensors, std::uint64_t{10}); // q, k, output, gate, up per layer
    QCOMPARE(share(r, "Q6_K").bytes, std::uint64_t{272160}); // 3,360 + 2 x (26,880 + 107,520)
    QCOMPARE(share(r, "F32").bytes, std::uint64_t{5120}); // 5 norms x 1,024
    QCOMPARE(share(r, "Q8_0").bytes, std::uint64_t{4352});
    QCOMPARE(r.quantMix.front().type, std::string("Q4_K")); // largest share first
    QCOMPARE(r.format, std::string("GGUF v3"));
    QCOMPARE(r.architecture, std::string("llama"));
    QCOMPARE(r.name, std::string("Tiny Llama Dense"));
    QCOMPARE(r.fileType, std::string("Q4_K_M"));
    QCOMPARE(r.layers, 2);
    QCOMPARE(r.attentionHeads, 4);
    QCOMPARE(r.kvHeadsMin, 2);
    QCOMPARE(r.kvHeadsMax, 2);
    QCOMPARE(r.keyLength, 64); // no key_length: embedding 256 / 4 heads
    QCOMPARE(r.slidingWindow, 0);
    QCOMPARE(r.experts, 0);
    QCOMPARE(r.contextLength, 8192);
    const ModelSpec& spec = r.spec;
    QCOMPARE(spec.attention, AttentionKind::Gqa);
    QCOMPARE(spec.kvGroups.size(), std::size_t{1});
    QCOMPARE(spec.kvGroups[0].layers, 2);
    QCOMPARE(spec.kvGroups[0].kvHeads, 2);
    QCOMPARE(spec.kvGroups[0].headDim, 64);
    QCOMPARE(spec.kvGroups[0].window, 0);
    QCOMPARE(spec.totalParams, 1189120.0);
    QVERIFY(!spec.isMixtureOfExperts());
    QCOMPARE(spec.id, std::string("tiny_llama_dense"));
}

void TestGgufReader::testMoeExpertsAndPerLayerKvHeads()
{
    const auto report = inspect(moeFixture().build());
    QVERIFY2(report, report ? "" : report.error().detail.c_str());
    const ModelFileReport& r = report.value();
    // token_embd 256x16 Q8_0 = 128 x 34 = 4,352. Layers 0-1 (2 KV heads): norms 2 x 1,024; attn_q 256x512 Q5_K
    // 512 x 176 = 90,112; attn_k 256x256 IQ4_XS 256 x 136 = 34,816; attn_v 256x256 Q8_0 2,048 x 34 = 69,632;
    // attn_output 90,112; ffn_gate_inp 256x8 F32 = 8,192; three 256x64x8 MXFP4 expert tensors 4,096 x 17 = 69,632
    // each: 503,808 B. Layer 2 (1 KV head) halves attn_k and attn_v: 503,808 - 17,408 - 34,816 = 451,584.
    // output_norm 1,024; output 256x16 F16 = 8,192. Total 4,352 + 2 x 503,808 + 451,584 + 1,024 + 8,192.
    QCOMPARE(r.weightsBytes.value_or(0), std::uint64_t{1472768});
    // Elements: 4,096 + 2 x 788,992 + 723,456 + 256 + 4,096 = 2,309,888.
    QCOMPARE(r.parameters, std::uint64_t{2309888});
    // Experts: 3 layers x 3 x 131,072 = 1,179,648; 6 of 8 idle per token: 1,179,648 / 8 x 6 = 884,736.
    QCOMPARE(r.activeParameters, std::uint64_t{2309888 - 884736});
    QCOMPARE(share(r, "MXFP4").bytes, std::uint64_t{626688}); // 9 x 69,632
    QCOMPARE(share(r, "MXFP4").tensors, std::uint64_t{9});
    QCOMPARE(share(r, "Q5_K").bytes, std::uint64_t{540672}); // 6 x 90,112
    QCOMPARE(share(r, "Q8_0").bytes, std::uint64_t{178432}); // 4,352 + 2 x 69,632 + 34,816
    QCOMPARE(share(r, "IQ4_XS").bytes, std::uint64_t{87040}); // 2 x 34,816 + 17,408
    QCOMPARE(share(r, "F32").bytes, std::uint64_t{31744}); // 3 x (2 x 1,024 + 8,192) + 1,024
    QCOMPARE(share(r, "F16").bytes, std::uint64_t{8192});
    QCOMPARE(r.format, std::string("GGUF v2"));
    QCOMPARE(r.fileType, std::string("MXFP4_MOE"));
    QCOMPARE(r.layers, 3);
    QCOMPARE(r.attentionHeads, 4);
    QCOMPARE(r.kvHeadsMin, 1);
    QCOMPARE(r.kvHeadsMax, 2);
    QCOMPARE(r.keyLength, 128); // key_length wins over 256 / 4
    QCOMPARE(r.experts, 8);
    QCOMPARE(r.expertsUsed, 2);
    QCOMPARE(r.contextLength, 32768); // stored as uint64
    const ModelSpec& spec = r.spec;
    QVERIFY(spec.isMixtureOfExperts());
    QVERIFY(spec.routing.has_value());
    QCOMPARE(spec.routing->routedExperts, 8);
    QCOMPARE(spec.routing->activeExperts, 2);
    QCOMPARE(spec.kvGroups.size(), std::size_t{2});
    QCOMPARE(spec.kvGroups[0].layers, 2);
    QCOMPARE(spec.kvGroups[0].kvHeads, 2);
    QCOMPARE(spec.kvGroups[1].layers, 1);
    QCOMPARE(spec.kvGroups[1].kvHeads, 1);
    QCOMPARE(spec.kvGroups[1].headDim, 128);
}

void TestGgufReader::testSlidingWindowGemmaLayout()
{
    const auto report = inspect(slidingGemmaFixture().build());
    QVERIFY2(report, report ? "" : report.error().detail.c_str());
    const ModelFileReport& r = report.value();
    // token_embd 256x16 BF16 = 8,192. Per layer: 2 norms x 1,024; seven 256x256 matrices: Q4_0 2,048 x 18 = 36,864,
    // Q5_0 x 22 = 45,056, Q5_1 x 24 = 49,152, IQ4_NL x 18 = 36,864, Q4_1 x 20 = 40,960, Q2_K 256 x 84 = 21,504,
    // Q3_K 256 x 110 = 28,160: 260,608 B. 8 layers + output_norm 1,024: 8,192 + 2,084,864 + 1,024.
    QCOMPARE(r.weightsBytes.value_or(0), std::uint64_t{2094080});
    QCOMPARE(r.parameters, std::uint64_t{4096 + 8 * (2 * 256 + 7 * 65536) + 256});
    QCOMPARE(share(r, "Q2_K").bytes, std::uint64_t{8 * 21504});
    QCOMPARE(share(r, "Q3_K").bytes, std::uint64_t{8 * 28160});
    QCOMPARE(share(r, "IQ4_NL").bytes, std::uint64_t{8 * 36864});
    QCOMPARE(share(r, "BF16").bytes, std::uint64_t{8192});
    QCOMPARE(share(r, "F32").tensors, std::uint64_t{17});
    QCOMPARE(r.layers, 8);
    QCOMPARE(r.keyLength, 256);
    QCOMPARE(r.slidingWindow, 512);
    // gemma3's fixed period 6: layer i slides when i % 6 < 5, so layer 5 is the only full-attention layer.
    QCOMPARE(r.slidingLayers, 7);
    const ModelSpec& spec = r.spec;
    QCOMPARE(spec.attention, AttentionKind::Sliding);
    QCOMPARE(spec.kvGroups.size(), std::size_t{2});
    QCOMPARE(spec.kvGroups[0].layers, 7);
    QCOMPARE(spec.kvGroups[0].window, 512);
    QCOMPARE(spec.kvGroups[1].layers, 1);
    QCOMPARE(spec.kvGroups[1].window, 0);
    QCOMPARE(spec.nativeContext, 131072);
}

void TestGgufReader::testSlidingPatternFromBoolArray()
{
    GgufTestWriter w;
    w.addString("general.architecture", "gemma3n");
    w.addUInt32("gemma3n.block_count", 4);
    w.addUInt32("gemma3n.embedding_length", 256);
    w.addUInt32("gemma3n.attention.head_count", 2);
    w.addUInt32("gemma3n.attention.head_count_kv", 1);
    w.addUInt32("gemma3n.attention.sliding_window", 1024);
    w.addBoolArray("gemma3n.attention.sliding_window_pattern", {true, false, true, true});
    w.addTensor("token_embd.weight", {256, 4}, F16);
    const auto report = inspect(w.build());
    QVERIFY2(report, report ? "" : report.error().detail.c_str());
    QCOMPARE(report.value().slidingLayers, 3);
    QCOMPARE(report.value().spec.kvGroups.size(), std::size_t{2});
    QCOMPARE(report.value().spec.kvGroups[0].window, 1024);
    QCOMPARE(report.value().spec.kvGroups[0].layers, 3);
    QCOMPARE(report.value().spec.kvGroups[0].headDim, 128); // 256 / 2 heads
}

void TestGgufReader::testSlidingPeriodFromFile()
{
    GgufTestWriter w;
    w.addString("general.architecture", "cohere2");
    w.addUInt32("cohere2.block_count", 8);
    w.addUInt32("cohere2.embedding_length", 128);
    w.addUInt32("cohere2.attention.head_count", 2);
    w.addUInt32("cohere2.attention.sliding_window", 4096);
    w.addUInt32("cohere2.attention.sliding_window_pattern", 4); // layers 3 and 7 full
    w.addTensor("token_embd.weight", {128, 4}, F32);
    const auto report = inspect(w.build());
    QVERIFY2(report, report ? "" : report.error().detail.c_str());
    QCOMPARE(report.value().slidingLayers, 6);
    QCOMPARE(report.value().kvHeadsMax, 2); // no head_count_kv: one KV head per query head
}

void TestGgufReader::testMlaModel()
{
    GgufTestWriter w;
    w.addString("general.architecture", "deepseek2");
    w.addUInt32("deepseek2.block_count", 61);
    w.addUInt32("deepseek2.embedding_length", 7168);
    w.addUInt32("deepseek2.attention.head_count", 128);
    w.addUInt32("deepseek2.attention.head_count_kv", 128);
    w.addUInt32("deepseek2.attention.kv_lora_rank", 512);
    w.addUInt32("deepseek2.rope.dimension_count", 64);
    w.addUInt32("deepseek2.attention.key_length", 192);
    w.addUInt32("deepseek2.attention.value_length", 128);
    w.addUInt32("deepseek2.expert_count", 256);
    w.addUInt32("deepseek2.expert_used_count", 8);
    w.addTensor("token_embd.weight", {256, 4}, Q4_K);
    w.addTensor("blk.3.ffn_up_exps.weight", {256, 1, 256}, Q4_K);
    const auto report = inspect(w.build());
    QVERIFY2(report, report ? "" : report.error().detail.c_str());
    const ModelSpec& spec = report.value().spec;
    QCOMPARE(spec.attention, AttentionKind::Mla);
    QCOMPARE(spec.kvGroups.size(), std::size_t{1});
    QCOMPARE(spec.kvGroups[0].layers, 61);
    QCOMPARE(spec.kvGroups[0].headDim, 512 + 64);
    QVERIFY(spec.kvGroups[0].singleTensor);
    // 1,024 + 65,536 elements; experts 65,536 / 256 x 248 idle = 63,488.
    QCOMPARE(report.value().activeParameters, std::uint64_t{1024 + 65536 - 63488});
}

void TestGgufReader::testLargeVocabularyIsCountedNotKept()
{
    GgufTestWriter w = denseLlamaFixture();
    std::vector<std::string> tokens(100000, "tok");
    w.addStringArray("tokenizer.ggml.extra_tokens", tokens);
    std::istringstream in(w.build());
    const auto file = GgufReader::read(in);
    QVERIFY2(file, file ? "" : file.error().detail.c_str());
    const GgufArray* array = file.value().find("tokenizer.ggml.extra_tokens")->asArray();
    QVERIFY(array);
    QCOMPARE(array->length, std::uint64_t{100000});
    QVERIFY(!array->retained);
    QVERIFY(array->items.empty());
}

void TestGgufReader::testNestedArraysWithinDepth()
{
    // An array of two arrays of uint32 [[1, 2], [3]]: nesting the specification allows.
    const std::string inner1
        = GgufTestWriter::u32(4) + GgufTestWriter::u64(2) + GgufTestWriter::u32(1) + GgufTestWriter::u32(2);
    const std::string inner2 = GgufTestWriter::u32(4) + GgufTestWriter::u64(1) + GgufTestWriter::u32(3);
    GgufTestWriter w = denseLlamaFixture();
    w.addRaw("test.nested", 9, GgufTestWriter::u32(9) + GgufTestWriter::u64(2) + inner1 + inner2);
    std::istringstream in(w.build());
    const auto file = GgufReader::read(in);
    QVERIFY2(file, file ? "" : file.error().detail.c_str());
    const GgufArray* outer = file.value().find("test.nested")->asArray();
    QVERIFY(outer);
    QCOMPARE(outer->length, std::uint64_t{2});
}

void TestGgufReader::testReadsFromDiskAndReportsMissingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("tiny.gguf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const std::string bytes = moeFixture().build();
    file.write(bytes.data(), static_cast<qint64>(bytes.size()));
    file.close();
    const auto report = inspectModelFile(path.toStdString());
    QVERIFY2(report, report ? "" : report.error().detail.c_str());
    QCOMPARE(report.value().weightsBytes.value_or(0), std::uint64_t{1472768});

    const auto missing = inspectModelFile(dir.filePath(QStringLiteral("absent.gguf")).toStdString());
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::Io);
    QVERIFY(missing.error().detail.find("absent.gguf") != std::string::npos);
}

void TestGgufReader::testSeedCorpusParses()
{
    // The fuzz seeds are the three fixtures shrunk to one block per tensor. Set
    // LOCALRIG_WRITE_GGUF_CORPUS=1 to rewrite them after changing the fixtures.
    const std::vector<std::pair<QString, GgufTestWriter>> seeds{
        {QStringLiteral("dense_llama.gguf"), denseLlamaFixture()},
        {QStringLiteral("moe_qwen3.gguf"), moeFixture()},
        {QStringLiteral("sliding_gemma3.gguf"), slidingGemmaFixture()},
    };
    const bool write = qEnvironmentVariableIsSet("LOCALRIG_WRITE_GGUF_CORPUS");
    for (auto [name, writer] : seeds) {
        writer.shrinkTensorsToOneBlock();
        const std::string bytes = writer.build();
        QFile file(QDir(corpusDir()).filePath(name));
        if (write) {
            QVERIFY(QDir().mkpath(corpusDir()));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes.data(), static_cast<qint64>(bytes.size()));
            file.close();
        }
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray stored = file.readAll();
        QCOMPARE(stored.toStdString(), bytes);
        const auto report = inspect(bytes);
        QVERIFY2(report, report ? "" : report.error().detail.c_str());
        QVERIFY(bytes.size() < 16384);
    }
}

QTEST_GUILESS_MAIN(TestGgufReader)
#include "tst_gguf_reader.moc"
