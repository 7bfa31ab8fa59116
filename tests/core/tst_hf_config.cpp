// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/gguf/HfConfigReader.h"
#include "core/gguf/ModelFileInspector.h"
#include "core/gguf/StrictJson.h"

#include <QTest>

#include <string>

using namespace localrig;
using namespace localrig::core;
using namespace localrig::core::gguf;

namespace {

std::string dataPath(const char* relative)
{
    return std::string(LOCALRIG_TEST_DATA_DIR "/gguf/") + relative;
}

} // namespace

class TestHfConfig final : public QObject
{
    Q_OBJECT

private slots:
    void testJsonValues();
    void testJsonErrorsNameLineAndColumn_data();
    void testJsonErrorsNameLineAndColumn();
    void testJsonSizeLimit();
    void testDenseLlamaWithSafetensorsIndex();
    void testMoeQwen3();
    void testMlaDeepSeekV3();
    void testGemma3TextConfigSlidingPattern();
    void testLayerTypesWithLinearAttention();
    void testConfigErrors_data();
    void testConfigErrors();
};

void TestHfConfig::testJsonValues()
{
    const auto parsed = parseStrictJson(
        R"( {"s": "a\"b\\c\/\n\u00e9\ud83d\ude00", "n": -12.5e1, "i": 9007199254740993, "z": 0,
             "t": true, "f": false, "x": null, "arr": [1, [2, {}], []], "utf8": "gr\u00fc\u00df caf)"
        "\xc3\xa9\" } ");
    QVERIFY2(parsed, parsed ? "" : parsed.error().detail.c_str());
    const Json& root = parsed.value();
    QVERIFY(root.is_object());
    QCOMPARE(jsonMember(root, "s")->get<std::string>(), std::string("a\"b\\c/\n\xc3\xa9\xf0\x9f\x98\x80"));
    QCOMPARE(jsonMember(root, "n")->get<double>(), -125.0);
    QVERIFY(jsonMember(root, "n")->is_number_float());
    QCOMPARE(jsonMember(root, "i")->get<std::int64_t>(), std::int64_t{9007199254740993}); // exact beyond 2^53
    QCOMPARE(jsonMember(root, "z")->get<std::int64_t>(), std::int64_t{0});
    QVERIFY(jsonMember(root, "t")->get<bool>());
    QCOMPARE(jsonTypeName(*jsonMember(root, "f")), std::string("a boolean"));
    QVERIFY(jsonMember(root, "x")->is_null());
    QCOMPARE(jsonMember(root, "arr")->size(), std::size_t{3});
    QVERIFY((*jsonMember(root, "arr"))[1][1].is_object());
    QCOMPARE(jsonMember(root, "utf8")->get<std::string>(), std::string("gr\xc3\xbc\xc3\x9f caf\xc3\xa9"));
    QVERIFY(jsonMember(root, "missing") == nullptr);
    QVERIFY(jsonMember(*jsonMember(root, "arr"), "s") == nullptr); // not an object
    // 64 levels are allowed, and a bracket inside a string does not count.
    const std::string deep = std::string(64, '[') + "\"[[{\"" + std::string(64, ']');
    QVERIFY(parseStrictJson(deep));
}

void TestHfConfig::testJsonErrorsNameLineAndColumn_data()
{
    // The syntax errors are nlohmann/json's; the limits (depth, duplicates, size) are ours.
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray("") << QStringLiteral("JSON line 1, column 1: syntax error");
    QTest::newRow("trailing comma") << QByteArray(R"({"a": 1,})")
                                    << QStringLiteral("JSON line 1, column 9: syntax error while parsing object key");
    QTest::newRow("missing comma") << QByteArray(R"({"a": 1 "b": 2})")
                                   << QStringLiteral("JSON line 1, column 11: syntax error while parsing object");
    QTest::newRow("unclosed array") << QByteArray("[1, 2") << QStringLiteral("JSON line 1, column 6: ");
    QTest::newRow("error on line 3") << QByteArray("{\n  \"a\": [1,\n  2,,\n]}")
                                     << QStringLiteral("JSON line 3, column 5: syntax error while parsing value");
    QTest::newRow("duplicate key") << QByteArray(R"({"a": 1, "b": {"a": 2, "a": 3}})")
                                   << QStringLiteral("JSON: duplicate key 'a'");
    QTest::newRow("lone high surrogate") << QByteArray(R"(["\ud800"])") << QStringLiteral("surrogate U+D800..U+DBFF");
    QTest::newRow("lone low surrogate") << QByteArray(R"(["\udc00"])") << QStringLiteral("surrogate U+DC00..U+DFFF");
    QTest::newRow("invalid UTF-8") << QByteArray("[\"\xff\"]")
                                   << QStringLiteral("ill-formed UTF-8 byte; last read: '\"?'");
    QTest::newRow("overlong UTF-8") << QByteArray("[\"\xe0\x80\xaf\"]") << QStringLiteral("ill-formed UTF-8 byte");
    QTest::newRow("raw newline in string") << QByteArray("[\"a\nb\"]") << QStringLiteral("control character");
    QTest::newRow("bad escape") << QByteArray(R"(["\x"])") << QStringLiteral("forbidden character after backslash");
    QTest::newRow("leading zero") << QByteArray("01") << QStringLiteral("expected end of input");
    QTest::newRow("huge exponent") << QByteArray("1e999") << QStringLiteral("JSON: number overflow parsing '1e999'");
    QTest::newRow("bare minus") << QByteArray("-") << QStringLiteral("expected digit");
    QTest::newRow("bad literal") << QByteArray("tru") << QStringLiteral("invalid literal");
    QTest::newRow("comment") << QByteArray("{} // no") << QStringLiteral("expected end of input");
    QTest::newRow("unterminated string") << QByteArray("\"abc") << QStringLiteral("missing closing quote");
    QTest::newRow("65 levels deep") << QByteArray(65, '[')
                                    << QStringLiteral("JSON line 1, column 65: nesting deeper than 64 levels");
    QTest::newRow("100,000 levels deep") << QByteArray(100000, '{')
                                         << QStringLiteral("JSON line 1, column 65: nesting deeper than 64");
}

void TestHfConfig::testJsonErrorsNameLineAndColumn()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const auto parsed = parseStrictJson(std::string_view(json.constData(), static_cast<std::size_t>(json.size())));
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
    const QString detail = QString::fromStdString(parsed.error().detail);
    QVERIFY2(detail.startsWith(QStringLiteral("JSON")), qPrintable(detail));
    QVERIFY2(detail.contains(message), qPrintable(detail));
    for (const QChar c : detail) {
        QVERIFY2(c.unicode() >= 0x20 && c.unicode() < 0x7f, qPrintable(detail)); // printable ASCII only
    }
}

void TestHfConfig::testJsonSizeLimit()
{
    const std::string big(kMaxJsonBytes + 1, ' ');
    const auto parsed = parseStrictJson(big);
    QVERIFY(!parsed);
    QVERIFY(parsed.error().detail.find("exceeds the limit") != std::string::npos);
}

void TestHfConfig::testDenseLlamaWithSafetensorsIndex()
{
    const auto report = inspectModelFile(dataPath("hf-dense"));
    QVERIFY2(report, report ? "" : report.error().detail.c_str());
    const ModelFileReport& r = report.value();
    // total_size 16,060,522,496 B / 2 B (bfloat16) = 8,030,261,248 parameters, which the shapes confirm:
    // 32 x (4096x4096 q + 2 x 4096x1024 k,v + 4096x4096 o + 3 x 4096x14336 MLP + 2 x 4096 norms)
    // + 2 x 128,256 x 4,096 embeddings and head + 4,096 final norm.
    QCOMPARE(r.parameters, std::uint64_t{8030261248});
    QVERIFY(!r.parametersEstimated);
    QCOMPARE(r.activeParameters, r.parameters);
    QCOMPARE(r.weightsBytes.value_or(0), std::uint64_t{16060522496});
    QCOMPARE(r.tensorCount, std::uint64_t{5});
    QCOMPARE(r.fileType, std::string("bfloat16"));
    QCOMPARE(r.architecture, std::string("llama"));
    QCOMPARE(r.name, std::string("LlamaForCausalLM"));
    QCOMPARE(r.layers, 32);
    QCOMPARE(r.attentionHeads, 32);
    QCOMPARE(r.kvHeadsMax, 8);
    QCOMPARE(r.keyLength, 128); // 4096 / 32
    QCOMPARE(r.contextLength, 131072);
    QCOMPARE(r.spec.attention, AttentionKind::Gqa);
    QCOMPARE(r.spec.kvGroups.size(), std::size_t{1});
    QCOMPARE(r.spec.kvGroups[0].layers, 32);
    QCOMPARE(r.spec.kvGroups[0].kvHeads, 8);
    QCOMPARE(r.spec.kvGroups[0].headDim, 128);
}

void TestHfConfig::testMoeQwen3()
{
    const auto report = inspectModelFile(dataPath("hf-moe/config.json"));
    QVERIFY2(report, report ? "" : report.error().detail.c_str());
    const ModelFileReport& r = report.value();
    // Per layer: q 2048x4096 + k,v 2 x 2048x512 + o 4096x2048 = 18,874,368; norms 4,096; router 2048x128 =
    // 262,144; 128 experts x 3 x 2048x768 = 603,979,776: 623,120,384 x 48 = 29,909,778,432.
    // Embeddings and head 2 x 151,936 x 2,048 = 622,329,856; final norm 2,048.
    QCOMPARE(r.parameters, std::uint64_t{30532110336});
    QVERIFY(r.parametersEstimated);
    // The model card's 30,532,122,624 adds Qwen3's per-head q/k norms (48 x 256): within 1e-6.
    QVERIFY(std::abs(static_cast<double>(r.parameters) / 30532122624.0 - 1.0) < 1e-6);
    // Idle experts: 48 layers x 120 x 4,718,592 = 27,179,089,920 -> 3.35 B active ("A3B").
    QCOMPARE(r.activeParameters, std::uint64_t{3353020416});
    QCOMPARE(r.experts, 128);
    QCOMPARE(r.expertsUsed, 8);
    QCOMPARE(r.kvHeadsMax, 4);
    QCOMPARE(r.keyLength, 128); // head_dim, not 2048 / 32 = 64
    QCOMPARE(r.slidingWindow, 0); // sliding_window null, use_sliding_window false
    QVERIFY(!r.weightsBytes);
    QVERIFY(r.spec.isMixtureOfExperts());
    QCOMPARE(r.spec.routing->routedExperts, 128);
    QCOMPARE(r.spec.routing->activeExperts, 8);
    QCOMPARE(r.spec.kvGroups[0].layers, 48);
}

void TestHfConfig::testMlaDeepSeekV3()
{
    const auto report = inspectModelFile(dataPath("hf-mla/config.json"));
    QVERIFY2(report, report ? "" : report.error().detail.c_str());
    const ModelFileReport& r = report.value();
    // MLA attention per layer: q_a 7168x1536 + norm 1536 + q_b 1536 x 128 x 192 + kv_a 7168 x 576 + norm 512
    // + kv_b 512 x 128 x 256 + o 128 x 128 x 7168 = 187,107,328; norms 14,336.
    // 3 dense layers (MLP 3 x 7168 x 18432) = 1,750,450,176; 58 MoE layers (router 7168 x 256, 256 routed
    // + 1 shared expert of 3 x 7168 x 2048) = 667,422,588,928; embeddings and head 2 x 129,280 x 7,168.
    QCOMPARE(r.parameters, std::uint64_t{671026404352}); // "671B"
    // 58 x 248 idle experts x 44,040,192 = 633,474,121,728 -> 37.6 B active ("37B activated").
    QCOMPARE(r.activeParameters, std::uint64_t{37552282624});
    QCOMPARE(r.fileType, std::string("fp8"));
    QCOMPARE(r.kvLoraRank, 512);
    QCOMPARE(r.ropeDim, 64);
    QCOMPARE(r.keyLength, 192);
    QCOMPARE(r.valueLength, 128);
    QCOMPARE(r.contextLength, 163840);
    QCOMPARE(r.spec.attention, AttentionKind::Mla);
    QCOMPARE(r.spec.kvGroups.size(), std::size_t{1});
    QCOMPARE(r.spec.kvGroups[0].layers, 61);
    QCOMPARE(r.spec.kvGroups[0].headDim, 576);
    QVERIFY(r.spec.kvGroups[0].singleTensor);
    QCOMPARE(r.spec.routing->routedExperts, 256);
}

void TestHfConfig::testGemma3TextConfigSlidingPattern()
{
    const auto report = inspectModelFile(dataPath("hf-gemma3/config.json"));
    QVERIFY2(report, report ? "" : report.error().detail.c_str());
    const ModelFileReport& r = report.value();
    QCOMPARE(r.architecture, std::string("gemma3_text")); // text_config wins over the multimodal wrapper
    QCOMPARE(r.layers, 62); // not vision_config's 27
    QCOMPARE(r.attentionHeads, 32);
    QCOMPARE(r.kvHeadsMax, 16);
    QCOMPARE(r.keyLength, 128);
    QCOMPARE(r.slidingWindow, 1024);
    // Pattern 6: layers 5, 11, ..., 59 are full attention (10 of them), the other 52 slide.
    QCOMPARE(r.slidingLayers, 52);
    QCOMPARE(r.spec.attention, AttentionKind::Sliding);
    QCOMPARE(r.spec.kvGroups.size(), std::size_t{2});
    QCOMPARE(r.spec.kvGroups[0].window, 1024);
    QCOMPARE(r.spec.kvGroups[0].layers, 52);
    QCOMPARE(r.spec.kvGroups[1].window, 0);
    QCOMPARE(r.spec.kvGroups[1].layers, 10);
}

void TestHfConfig::testLayerTypesWithLinearAttention()
{
    const auto report = HfConfigReader::read(R"({"model_type": "qwen3_next", "num_hidden_layers": 4,
        "hidden_size": 256, "num_attention_heads": 4, "num_key_value_heads": 2, "head_dim": 64,
        "intermediate_size": 512, "vocab_size": 1000,
        "layer_types": ["linear_attention", "linear_attention", "linear_attention", "full_attention"]})");
    QVERIFY2(report, report ? "" : report.error().detail.c_str());
    QCOMPARE(report.value().spec.attention, AttentionKind::HybridLinear);
    QCOMPARE(report.value().spec.kvGroups.size(), std::size_t{1});
    QCOMPARE(report.value().spec.kvGroups[0].layers, 1);
}

void TestHfConfig::testConfigErrors_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QByteArray>("index");
    QTest::addColumn<QString>("message");
    const QByteArray base = R"("hidden_size": 64, "num_attention_heads": 4, "vocab_size": 10)";
    QTest::newRow("not an object") << QByteArray("[1]") << QByteArray() << QStringLiteral("must be an object");
    QTest::newRow("syntax error keeps the file name")
        << QByteArray("{\"a\":}") << QByteArray() << QStringLiteral("config.json: JSON line 1, column 6");
    QTest::newRow("no layers") << QByteArray("{" + base + "}") << QByteArray()
                               << QStringLiteral("needs num_hidden_layers");
    QTest::newRow("layers as text") << QByteArray(R"({"num_hidden_layers": "32", )" + base + "}") << QByteArray()
                                    << QStringLiteral("'num_hidden_layers' must be a whole number, found a string");
    QTest::newRow("layers 1e9") << QByteArray(R"({"num_hidden_layers": 1e9, )" + base + "}") << QByteArray()
                                << QStringLiteral("'num_hidden_layers' is 1000000000");
    QTest::newRow("fractional heads") << QByteArray(R"({"num_hidden_layers": 2, "hidden_size": 64,
        "num_attention_heads": 4.5})") << QByteArray()
                                      << QStringLiteral("'num_attention_heads' must be a whole number");
    QTest::newRow("layer_types too short")
        << QByteArray(R"({"num_hidden_layers": 2, "layer_types": ["full_attention"], )" + base + "}") << QByteArray()
        << QStringLiteral("layer_types must list 2 layer kinds");
    QTest::newRow("more experts used than exist")
        << QByteArray(R"({"num_hidden_layers": 2, "num_experts": 4, "num_experts_per_tok": 5, )" + base + "}")
        << QByteArray() << QStringLiteral("4 experts need num_experts_per_tok between 1 and that");
    QTest::newRow("MLA without rope dim") << QByteArray(R"({"num_hidden_layers": 2, "kv_lora_rank": 64, )" + base + "}")
                                          << QByteArray() << QStringLiteral("needs qk_rope_head_dim");
    QTest::newRow("index without total_size")
        << QByteArray(R"({"num_hidden_layers": 2, )" + base + "}") << QByteArray(R"({"metadata": {}})")
        << QStringLiteral("metadata.total_size must be a positive number");
    QTest::newRow("index negative size") << QByteArray(R"({"num_hidden_layers": 2, )" + base + "}")
                                         << QByteArray(R"({"metadata": {"total_size": -5}})")
                                         << QStringLiteral("metadata.total_size must be a positive number");
}

void TestHfConfig::testConfigErrors()
{
    QFETCH(QByteArray, config);
    QFETCH(QByteArray, index);
    QFETCH(QString, message);
    const auto report = HfConfigReader::read(config.toStdString(), index.toStdString());
    QVERIFY(!report);
    const QString detail = QString::fromStdString(report.error().detail);
    QVERIFY2(detail.contains(message), qPrintable(detail));
}

QTEST_GUILESS_MAIN(TestHfConfig)
#include "tst_hf_config.moc"
