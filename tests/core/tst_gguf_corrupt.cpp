// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/gguf/ModelFileInspector.h"
#include "tst_gguf_writer.h"

#include <QTest>

#include <functional>
#include <sstream>

using namespace localrig;
using namespace localrig::core::gguf;
using namespace ggufTest;

Q_DECLARE_METATYPE(localrig::ErrorCode)

namespace {

struct Fixture
{
    const char* label;
    std::string arch;
    std::function<GgufTestWriter()> make;
};

// One way to damage a fixture: the bytes, the error code and what the message must mention.
struct Damage
{
    const char* label;
    ErrorCode code;
    std::function<std::string(std::string, const GgufTestWriter&, const std::string& arch)> apply;
    std::vector<std::string> mentions;
};

std::string truncatedAt(std::string bytes, std::size_t size)
{
    bytes.resize(size);
    return bytes;
}

const std::string kQ = "tensor:blk.0.attn_q.weight";

std::vector<Damage> damages()
{
    using W = const GgufTestWriter&;
    using A = const std::string&;
    return {
        {"empty file", ErrorCode::InvalidInput, [](std::string, W, A) { return std::string(); }, {"too short"}},
        {"cut inside the magic",
         ErrorCode::InvalidInput,
         [](std::string b, W, A) { return truncatedAt(b, 3); },
         {"only 3 bytes"}},
        {"bad magic GGML",
         ErrorCode::InvalidInput,
         [](std::string b, W, A) { return b.replace(0, 4, "GGML"); },
         {"bad magic 'GGML'"}},
        {"obsolete version 1",
         ErrorCode::InvalidInput,
         [](std::string b, W, A) { return patchU32(b, 4, 1), b; },
         {"version 1"}},
        {"unknown version 7",
         ErrorCode::InvalidInput,
         [](std::string b, W, A) { return patchU32(b, 4, 7), b; },
         {"unsupported GGUF version 7"}},
        {"big-endian version",
         ErrorCode::InvalidInput,
         [](std::string b, W, A) { return patchU32(b, 4, 0x03000000U), b; },
         {"big-endian"}},
        {"cut inside the tensor count",
         ErrorCode::CorruptCatalog,
         [](std::string b, W, A) { return truncatedAt(b, 12); },
         {"truncated", "tensor count"}},
        {"tensor count three billion",
         ErrorCode::CorruptCatalog,
         [](std::string b, W w, A) { return patchU64(b, w.at("tensor_count"), 3000000000ULL), b; },
         {"tensor count 3000000000 exceeds the limit of 1048576"}},
        {"metadata count 2^63",
         ErrorCode::CorruptCatalog,
         [](std::string b, W w, A) { return patchU64(b, w.at("kv_count"), 1ULL << 63U), b; },
         {"metadata count 9223372036854775808"}},
        {"cut inside a string value",
         ErrorCode::CorruptCatalog,
         [](std::string b, W w, A) { return truncatedAt(b, w.at("kv:general.name:value") + 4); },
         {"'general.name'", "truncated"}},
        {"key length 2^40",
         ErrorCode::CorruptCatalog,
         [](std::string b, W w, A) { return patchU64(b, w.at("kv:general.name"), 1ULL << 40U), b; },
         {"metadata 1", "key length 1099511627776", "limit of 65535"}},
        {"string length past the end",
         ErrorCode::CorruptCatalog,
         [](std::string b, W w, A) { return patchU64(b, w.at("kv:general.name:value"), b.size() + 100), b; },
         {"'general.name'", "runs past the end of the file"}},
        {"string length over the cap",
         ErrorCode::CorruptCatalog,
         [](std::string b, W w, A) { return patchU64(b, w.at("kv:general.name:value"), 1ULL << 32U), b; },
         {"'general.name'", "exceeds the limit of 16777216"}},
        {"unknown value type 13",
         ErrorCode::CorruptCatalog,
         [](std::string b, W w, A) { return patchU32(b, w.at("kv:general.name:type"), 13), b; },
         {"'general.name'", "unknown value type 13"}},
        {"array length 2^50",
         ErrorCode::CorruptCatalog,
         [](std::string b, W w, A) {
             return patchU64(b, w.at("kv:tokenizer.ggml.tokens:array_length"), 1ULL << 50U), b;
         },
         {"'tokenizer.ggml.tokens'", "array length 1125899906842624"}},
        {"array element type 99",
         ErrorCode::CorruptCatalog,
         [](std::string b, W w, A) { return patchU32(b, w.at("kv:tokenizer.ggml.tokens:value"), 99), b; },
         {"'tokenizer.ggml.tokens'", "unknown element type 99"}},
        {"strings reread as nested arrays",
         ErrorCode::CorruptCatalog,
         [](std::string b, W w, A) { return patchU32(b, w.at("kv:tokenizer.ggml.tokens:value"), 9), b; },
         {"'tokenizer.ggml.tokens'", "array item 0"}},
        {"bool value 7",
         ErrorCode::CorruptCatalog,
         [](std::string b, W w, A) { return b.replace(w.at("kv:tokenizer.ggml.add_bos_token:value"), 1, "\7"); },
         {"'tokenizer.ggml.add_bos_token'", "bool value 7"}},
        {"tensor name length 2^33",
         ErrorCode::CorruptCatalog,
         [](std::string b, W w, A) { return patchU64(b, w.at("tensor:token_embd.weight"), 1ULL << 33U), b; },
         {"tensor 0", "name length 8589934592"}},
        {"dimension count 9",
         ErrorCode::CorruptCatalog,
         [](std::string b, W w, A) { return patchU32(b, w.at(kQ + ":ndims"), 9), b; },
         {"'blk.0.attn_q.weight': dimension count 9 exceeds 4"}},
        {"dimensions overflow 64 bits",
         ErrorCode::CorruptCatalog,
         [](std::string b, W w, A) {
             patchU64(b, w.at(kQ + ":dim0"), 1ULL << 62U);
             return patchU64(b, w.at(kQ + ":dim1"), 1ULL << 62U), b;
         },
         {"'blk.0.attn_q.weight'", "element count overflows 64 bits"}},
        {"dimension beyond int64",
         ErrorCode::CorruptCatalog,
         [](std::string b, W w, A) { return patchU64(b, w.at(kQ + ":dim0"), 1ULL << 63U), b; },
         {"'blk.0.attn_q.weight'", "beyond the int64 range"}},
        {"removed ggml type 4",
         ErrorCode::CorruptCatalog,
         [](std::string b, W w, A) { return patchU32(b, w.at(kQ + ":type"), 4), b; },
         {"'blk.0.attn_q.weight'", "unknown ggml type 4"}},
        {"row not a whole block",
         ErrorCode::CorruptCatalog,
         [](std::string b, W w, A) { return patchU64(b, w.at(kQ + ":dim0"), 100), b; },
         {"'blk.0.attn_q.weight'", "row of 100 elements is not a whole number of"}},
        {"misaligned data offset",
         ErrorCode::CorruptCatalog,
         [](std::string b, W w, A) {
             char& low = b[w.at(kQ + ":offset")]; // offsets are multiples of 32: the low byte has room for +1
             low = static_cast<char>(low + 1);
             return b;
         },
         {"'blk.0.attn_q.weight'", "not a multiple of the alignment"}},
        {"cut inside the tensor infos",
         ErrorCode::CorruptCatalog,
         [](std::string b, W w, A) { return truncatedAt(b, w.at(kQ + ":type") + 2); },
         {"'blk.0.attn_q.weight'", "truncated"}},
        {"last tensor cut short",
         ErrorCode::CorruptCatalog,
         [](std::string b, W, A) { return truncatedAt(b, b.size() - 1); },
         {"extends past the end of the file"}},
        {"overlapping tensors",
         ErrorCode::CorruptCatalog,
         [](std::string b, W w, A) { return patchU64(b, w.at(kQ + ":offset"), 0), b; },
         {"overlaps"}},
        {"unknown architecture",
         ErrorCode::InvalidInput,
         [](std::string b, W w, A) { return b.replace(w.at("kv:general.architecture:value") + 8, 1, "x"); },
         {".block_count' is missing", "not a language model"}},
        {"block count five million",
         ErrorCode::OutOfRange,
         [](std::string b, W w, A a) { return patchU32(b, w.at("kv:" + a + ".block_count:value"), 5000000), b; },
         {".block_count' is 5000000; expected 1 to 10000"}},
    };
}

std::vector<Fixture> fixtures()
{
    return {{"dense", "llama", denseLlamaFixture},
            {"moe", "qwen3moe", moeFixture},
            {"sliding", "gemma3", slidingGemmaFixture}};
}

Result<ModelFileReport> inspect(const std::string& bytes)
{
    std::istringstream in(bytes);
    return inspectGguf(in);
}

} // namespace

class TestGgufCorrupt final : public QObject
{
    Q_OBJECT

private slots:
    void testDamagedFixtureIsRejected_data();
    void testDamagedFixtureIsRejected();
    void testEveryPrefixIsRejectedCleanly();
    void testDuplicateKey();
    void testDuplicateTensorName();
    void testAlignmentNotAPowerOfTwo();
    void testArraysNestedTooDeep();
    void testPerLayerArrayOfWrongLength();
    void testMoreExpertsUsedThanExist();
    void testNonSeekableStream();
};

void TestGgufCorrupt::testDamagedFixtureIsRejected_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<localrig::ErrorCode>("code");
    QTest::addColumn<QStringList>("mentions");
    for (const Fixture& fixture : fixtures()) {
        GgufTestWriter writer = fixture.make();
        const std::string good = writer.build();
        QVERIFY2(inspect(good), fixture.label);
        for (const Damage& damage : damages()) {
            const std::string bad = damage.apply(good, writer, fixture.arch);
            QStringList mentions;
            for (const std::string& mention : damage.mentions) {
                mentions << QString::fromStdString(mention);
            }
            QTest::addRow("%s: %s", fixture.label, damage.label)
                << QByteArray(bad.data(), static_cast<qsizetype>(bad.size())) << damage.code << mentions;
        }
    }
}

void TestGgufCorrupt::testDamagedFixtureIsRejected()
{
    QFETCH(QByteArray, bytes);
    QFETCH(localrig::ErrorCode, code);
    QFETCH(QStringList, mentions);
    const auto report = inspect(bytes.toStdString());
    QVERIFY(!report);
    const QString detail = QString::fromStdString(report.error().detail);
    for (const QString& mention : mentions) {
        QVERIFY2(detail.contains(mention), qPrintable(detail + QStringLiteral(" -- lacks: ") + mention));
    }
    QVERIFY2(!detail.contains(QLatin1Char('\n')), qPrintable(detail));
    QCOMPARE(report.error().code, code);
}

void TestGgufCorrupt::testEveryPrefixIsRejectedCleanly()
{
    // Truncation anywhere in the header: every prefix of the seed-sized fixtures fails with an error.
    for (const Fixture& fixture : fixtures()) {
        GgufTestWriter writer = fixture.make();
        writer.shrinkTensorsToOneBlock();
        const std::string good = writer.build();
        for (std::size_t size = 0; size < good.size(); ++size) {
            const auto report = inspect(good.substr(0, size));
            QVERIFY2(!report, qPrintable(QStringLiteral("%1 cut at %2").arg(QLatin1String(fixture.label)).arg(size)));
            QVERIFY(!report.error().detail.empty());
        }
    }
}

void TestGgufCorrupt::testDuplicateKey()
{
    GgufTestWriter w = denseLlamaFixture();
    w.addUInt32("llama.block_count", 3);
    const auto report = inspect(w.build());
    QVERIFY(!report);
    QVERIFY2(report.error().detail.find("'llama.block_count': duplicate key") != std::string::npos,
             report.error().detail.c_str());
}

void TestGgufCorrupt::testDuplicateTensorName()
{
    GgufTestWriter w = denseLlamaFixture();
    w.addTensor("output.weight", {256, 16}, Q8_0);
    const auto report = inspect(w.build());
    QVERIFY(!report);
    QVERIFY2(report.error().detail.find("tensor 21 'output.weight': duplicate tensor name") != std::string::npos,
             report.error().detail.c_str());
}

void TestGgufCorrupt::testAlignmentNotAPowerOfTwo()
{
    GgufTestWriter w = slidingGemmaFixture();
    std::string bytes = w.build();
    patchU32(bytes, w.at("kv:general.alignment:value"), 48);
    const auto report = inspect(bytes);
    QVERIFY(!report);
    QVERIFY2(report.error().detail.find("'general.alignment' is 48; expected a power of two") != std::string::npos,
             report.error().detail.c_str());
}

void TestGgufCorrupt::testArraysNestedTooDeep()
{
    // [[[[1]]]]: four levels of arrays, one more than the reader accepts.
    std::string value = GgufTestWriter::u32(4) + GgufTestWriter::u64(1) + GgufTestWriter::u32(1);
    for (int level = 0; level < 3; ++level) {
        value = GgufTestWriter::u32(9) + GgufTestWriter::u64(1) + value;
    }
    GgufTestWriter w = denseLlamaFixture();
    w.addRaw("test.deep", 9, value);
    const auto report = inspect(w.build());
    QVERIFY(!report);
    QVERIFY2(report.error().detail.find("'test.deep'") != std::string::npos, report.error().detail.c_str());
    QVERIFY2(report.error().detail.find("nested deeper than 3 levels") != std::string::npos,
             report.error().detail.c_str());
}

void TestGgufCorrupt::testPerLayerArrayOfWrongLength()
{
    GgufTestWriter w;
    w.addString("general.architecture", "llama");
    w.addUInt32("llama.block_count", 4);
    w.addUInt32("llama.embedding_length", 64);
    w.addUInt32("llama.attention.head_count", 4);
    w.addUInt32Array("llama.attention.head_count_kv", {2, 2, 2});
    w.addTensor("token_embd.weight", {64, 4}, F32);
    const auto report = inspect(w.build());
    QVERIFY(!report);
    QVERIFY2(report.error().detail.find("'llama.attention.head_count_kv' has 3 entries for 4 layers")
                 != std::string::npos,
             report.error().detail.c_str());
}

void TestGgufCorrupt::testMoreExpertsUsedThanExist()
{
    GgufTestWriter w = moeFixture();
    std::string bytes = w.build();
    patchU32(bytes, w.at("kv:qwen3moe.expert_used_count:value"), 9);
    const auto report = inspect(bytes);
    QVERIFY(!report);
    QVERIFY2(report.error().detail.find("'qwen3moe.expert_used_count' (9) exceeds") != std::string::npos,
             report.error().detail.c_str());
}

void TestGgufCorrupt::testNonSeekableStream()
{
    std::istringstream in(denseLlamaFixture().build());
    in.setstate(std::ios::failbit);
    const auto report = inspectGguf(in);
    QVERIFY(!report);
    QCOMPARE(report.error().code, ErrorCode::Io);
}

QTEST_GUILESS_MAIN(TestGgufCorrupt)
#include "tst_gguf_corrupt.moc"
