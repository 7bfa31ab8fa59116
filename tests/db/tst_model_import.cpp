// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A model file's header turned into the user's own model: sized exactly like the file, offered as a workload.
// The GGUF files are the three small fixtures the fuzz corpus holds (written by tests/core/tst_gguf_writer).
#include "core/MemoryEstimate.h"
#include "core/gguf/ModelFileInspector.h"
#include "db/CatalogLoader.h"
#include "db/ModelFileImport.h"
#include "db/UserDatabase.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace localrig;
using namespace localrig::db;

namespace {

QString corpus(const char* name)
{
    return QStringLiteral(LOCALRIG_SOURCE_DIR "/tests/fuzz/corpus/gguf/") + QLatin1String(name);
}

core::gguf::ModelFileReport inspect(const QString& path)
{
    auto report = core::gguf::inspectModelFile(path.toStdString());
    return report ? report.value() : core::gguf::ModelFileReport{};
}

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

} // namespace

class TestModelImport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void testMatchesTheQuantizationTheFileTypeNames_data();
    void testMatchesTheQuantizationTheFileTypeNames();
    void testDenseGgufIsSizedLikeItsFile();
    void testMoeAndSlidingFilesKeepTheirLayouts();
    void testHuggingFaceFolderWithoutSizes();
    void testNamesAndIds();
    void testChosenQuantization();
    void testSuggestsTheClosestQuantization();
    void testUnusableModelIsRefused();
    void testRemovingTheModelTakesItsRows();

private:
    Catalog catalog() const;
    QTemporaryDir m_dir;
    std::unique_ptr<UserDatabase> m_user;
};

void TestModelImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestModelImport::init()
{
    m_user.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("user.sqlite")));
    auto user = UserDatabase::open(m_dir.filePath(QStringLiteral("user.sqlite")));
    QVERIFY(user);
    m_user = std::make_unique<UserDatabase>(std::move(user).value());
}

Catalog TestModelImport::catalog() const
{
    auto loaded = loadCatalog(QStringLiteral(LOCALRIG_CATALOG_FILE), m_user.get());
    return loaded ? loaded.value() : Catalog{};
}

void TestModelImport::testMatchesTheQuantizationTheFileTypeNames_data()
{
    QTest::addColumn<QString>("fileType");
    QTest::addColumn<QString>("quantId");
    QTest::newRow("llama.cpp name") << "Q4_K_M"
                                    << "q4_k_m";
    QTest::newRow("MoE MXFP4") << "MXFP4_MOE"
                               << "mxfp4";
    QTest::newRow("legacy") << "Q4_0"
                            << "q4_0";
    QTest::newRow("torch_dtype") << "bfloat16"
                                 << "bf16";
    QTest::newRow("quant_method") << "fp8"
                                  << "fp8";
    QTest::newRow("not in the catalog") << "IQ2_M"
                                        << "";
    QTest::newRow("unknown id") << "unknown (99)"
                                << "";
    QTest::newRow("not stated") << ""
                                << "";
}

void TestModelImport::testMatchesTheQuantizationTheFileTypeNames()
{
    QFETCH(QString, fileType);
    QFETCH(QString, quantId);
    core::gguf::ModelFileReport report;
    report.fileType = fileType.toStdString();
    QCOMPARE(matchQuantization(report, catalog()).value_or(QString()), quantId);
}

void TestModelImport::testDenseGgufIsSizedLikeItsFile()
{
    const QString file = corpus("dense_llama.gguf");
    const auto report = inspect(file);
    auto imported = importModelFile(report, file, ModelImportOptions{}, catalog());
    QVERIFY2(imported, imported ? "" : imported.error().detail.c_str());
    const ModelFileImport& rows = imported.value();
    QCOMPARE(rows.model.spec.id, std::string("my_tiny_llama_dense"));
    QCOMPARE(rows.model.spec.name, std::string("Tiny Llama Dense")); // general.name
    QVERIFY(!rows.replacesOwnModel);
    QVERIFY(rows.fileSize);
    QCOMPARE(rows.fileSize->quantId, QStringLiteral("q4_k_m")); // general.file_type Q4_K_M
    // Every tensor's bytes: 10 Q4_K (1,440) + 5 Q6_K (1,050) + 1 Q8_0 (34) + 5 F32 (20) = 2,544.
    QCOMPARE(rows.fileSize->bytes, 2544.0);
    QVERIFY(rows.workload);
    QCOMPARE(rows.workload->slug, QStringLiteral("my-tiny-llama-dense"));
    QCOMPARE(rows.workload->contextTokens, 8192); // min(8192, the file's 8,192-token context)

    QVERIFY(m_user->saveModelFromFile(rows.model, rows.fileSize, rows.workload));
    const Catalog merged = catalog();
    const auto model = merged.model(QStringLiteral("my_tiny_llama_dense"));
    QVERIFY(model);
    QVERIFY(model.value().userDefined);
    QVERIFY(near(model.value().spec.totalParams, 3877.0)); // stored in billions, read back
    QCOMPARE(model.value().spec.kvGroups.size(), std::size_t(1));
    QCOMPARE(model.value().spec.kvGroups[0].layers, 2);
    QCOMPARE(model.value().spec.kvGroups[0].kvHeads, 2);
    QCOMPARE(model.value().spec.kvGroups[0].headDim, 64);
    QCOMPARE(merged.fileBytes(QStringLiteral("my_tiny_llama_dense"), QStringLiteral("q4_k_m")),
             std::optional<double>(2544.0));
    QVERIFY(merged.useCase(QStringLiteral("my-tiny-llama-dense")));
    // The sizing core takes the file's bytes, not 3,877 x 4.85 / 8 = 2,350 B.
    const auto quant = merged.quantization(QStringLiteral("q4_k_m")).value().quant;
    const auto memory
        = core::estimateMemory(model.value().spec, quant, core::Scenario{}, core::SizingConstants{},
                               merged.fileBytes(QStringLiteral("my_tiny_llama_dense"), QStringLiteral("q4_k_m")));
    QVERIFY(memory);
    QCOMPARE(memory.value().weightsBytes, 2544.0);
    QVERIFY(memory.value().weightsFromFile);
}

void TestModelImport::testMoeAndSlidingFilesKeepTheirLayouts()
{
    const auto moe = importModelFile(inspect(corpus("moe_qwen3.gguf")), corpus("moe_qwen3.gguf"), {}, catalog());
    QVERIFY(moe);
    QCOMPARE(moe.value().fileSize->quantId, QStringLiteral("mxfp4")); // MXFP4_MOE
    QCOMPARE(moe.value().fileSize->bytes, 1795.0);
    QVERIFY(moe.value().model.spec.isMixtureOfExperts());
    QCOMPARE(moe.value().model.spec.activeParams, 2515.0); // 2,731 - 6 idle experts' 216
    QCOMPARE(moe.value().model.spec.routing->routedExperts, 8);
    QCOMPARE(moe.value().model.spec.kvGroups.size(), std::size_t(2)); // KV heads 1 and 2 per layer
    QCOMPARE(moe.value().workload->contextTokens, 8192); // min(8192, 32,768)

    const auto gemma
        = importModelFile(inspect(corpus("sliding_gemma3.gguf")), corpus("sliding_gemma3.gguf"), {}, catalog());
    QVERIFY(gemma);
    QCOMPARE(gemma.value().fileSize->quantId, QStringLiteral("q4_0"));
    QCOMPARE(gemma.value().model.spec.attention, core::AttentionKind::Sliding);
    int windowed = 0;
    for (const core::KvLayerGroup& group : gemma.value().model.spec.kvGroups) {
        windowed += group.window == 512 ? group.layers : 0;
    }
    QCOMPARE(windowed, 7); // 7 of 8 layers cache at most 512 tokens
    QVERIFY(m_user->saveModelFromFile(gemma.value().model, gemma.value().fileSize, gemma.value().workload));
    const auto saved = catalog().model(QString::fromStdString(gemma.value().model.spec.id));
    QVERIFY(saved);
    QCOMPARE(saved.value().spec.attention, core::AttentionKind::Sliding);
    QCOMPARE(saved.value().spec.kvGroups.size(), gemma.value().model.spec.kvGroups.size());
}

void TestModelImport::testHuggingFaceFolderWithoutSizes()
{
    const QString folder = QStringLiteral(LOCALRIG_TEST_DATA_DIR "/gguf/hf-moe");
    const auto imported = importModelFile(inspect(folder), folder, {}, catalog());
    QVERIFY(imported);
    QCOMPARE(imported.value().model.spec.name, std::string("hf-moe")); // the folder, not Qwen3MoeForCausalLM
    QVERIFY(!imported.value().fileSize); // no safetensors index: no exact bytes
    QCOMPARE(imported.value().workload->quantId, QStringLiteral("bf16")); // torch_dtype bfloat16

    const QString dense = QStringLiteral(LOCALRIG_TEST_DATA_DIR "/gguf/hf-dense");
    const auto withIndex = importModelFile(inspect(dense), dense, {}, catalog());
    QVERIFY(withIndex);
    QCOMPARE(withIndex.value().fileSize->bytes, 16060522496.0); // the index's total_size: 8.03e9 x 2 B
    QCOMPARE(withIndex.value().fileSize->quantId, QStringLiteral("bf16"));
}

void TestModelImport::testNamesAndIds()
{
    const QString file = corpus("dense_llama.gguf");
    const auto report = inspect(file);
    ModelImportOptions options;
    options.displayName = QStringLiteral("  My 8B fine-tune (v2)  ");
    const auto named = importModelFile(report, file, options, catalog());
    QVERIFY(named);
    QCOMPARE(named.value().model.spec.name, std::string("My 8B fine-tune (v2)"));
    QCOMPARE(named.value().model.spec.id, std::string("my_my_8b_fine_tune_v2"));
    QVERIFY(m_user->saveModelFromFile(named.value().model, named.value().fileSize, named.value().workload));
    // The same name again replaces the user's own model instead of adding a second one.
    const auto again = importModelFile(report, file, options, catalog());
    QVERIFY(again.value().replacesOwnModel);
    QCOMPARE(again.value().model.spec.id, std::string("my_my_8b_fine_tune_v2"));

    options.displayName = QString(81, QLatin1Char('x'));
    const auto tooLong = importModelFile(report, file, options, catalog());
    QVERIFY(!tooLong);
    QCOMPARE(tooLong.error().code, ErrorCode::InvalidInput);

    // A shipped model with the id the name would take: the import is numbered, never overwrites it.
    CatalogData shipped;
    ModelEntry taken;
    taken.spec.id = "my_tiny_llama_dense";
    shipped.models.push_back(taken);
    QCOMPARE(importedModelId(QStringLiteral("Tiny Llama Dense"), Catalog(shipped)),
             QStringLiteral("my_tiny_llama_dense_2"));
}

void TestModelImport::testChosenQuantization()
{
    const QString file = corpus("dense_llama.gguf");
    ModelImportOptions options;
    options.quantId = QStringLiteral("Q8_0"); // by name
    options.addWorkload = false;
    const auto chosen = importModelFile(inspect(file), file, options, catalog());
    QVERIFY(chosen);
    QCOMPARE(chosen.value().fileSize->quantId, QStringLiteral("q8_0"));
    QVERIFY(!chosen.value().workload);
    options.quantId = QStringLiteral("q9_z");
    const auto unknown = importModelFile(inspect(file), file, options, catalog());
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
}

void TestModelImport::testSuggestsTheClosestQuantization()
{
    core::gguf::ModelFileReport report = inspect(corpus("dense_llama.gguf"));
    QCOMPARE(suggestQuantization(report, catalog()), std::optional<QString>(QStringLiteral("q4_k_m"))); // named
    report.fileType = "IQ2_M"; // not in the catalog: the closest bits per weight
    report.parameters = 8000000000;
    report.weightsBytes = 2700000000; // 2.7e9 x 8 / 8e9 = 2.70 bpw
    const auto suggested = suggestQuantization(report, catalog());
    // |2.57 - 2.70| = 0.13 (UD-Q2_K_XL, Unsloth's dynamic 2-bit) beats IQ3_XXS's |3.06 - 2.70| = 0.36, Q2_K's
    // |3.17 - 2.70| = 0.47 and IQ2_XXS's |2.06 - 2.70| = 0.64.
    QCOMPARE(suggested, std::optional<QString>(QStringLiteral("ud_q2_k_xl")));
    const Catalog merged = catalog();
    const double bits = merged.quantization(*suggested).value().quant.bitsPerWeight;
    for (const QuantEntry& other : merged.quantizations()) {
        if (other.quant.format == core::QuantFormat::Gguf || other.quant.format == core::QuantFormat::Float) {
            QVERIFY2(std::abs(other.quant.bitsPerWeight - 2.7) >= std::abs(bits - 2.7), other.quant.id.c_str());
        }
    }
    report.weightsBytes.reset();
    QVERIFY(!suggestQuantization(report, catalog())); // no bytes, no type: the user chooses
}

void TestModelImport::testUnusableModelIsRefused()
{
    core::gguf::ModelFileReport report = inspect(corpus("dense_llama.gguf"));
    report.spec.kvGroups.clear(); // a header with no attention layers to size a cache from
    const auto refused = importModelFile(report, corpus("dense_llama.gguf"), {}, catalog());
    QVERIFY(!refused);
    QVERIFY(refused.error().detail.find("cannot size") != std::string::npos);
}

void TestModelImport::testRemovingTheModelTakesItsRows()
{
    const QString file = corpus("dense_llama.gguf");
    const auto rows = importModelFile(inspect(file), file, {}, catalog()).value();
    QVERIFY(m_user->saveModelFromFile(rows.model, rows.fileSize, rows.workload));
    QVERIFY(m_user->removeModel(QStringLiteral("my_tiny_llama_dense")));
    const auto overlay = m_user->overlay();
    QVERIFY(overlay);
    QVERIFY(overlay.value().rows.models.empty());
    QVERIFY(overlay.value().rows.fileSizes.empty());
    QVERIFY(overlay.value().rows.useCases.empty()); // no workload left pointing at nothing
}

QTEST_GUILESS_MAIN(TestModelImport)
#include "tst_model_import.moc"
