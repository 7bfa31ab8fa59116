// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Models → "Add Model from GGUF File…": the header's facts for review, the name and quantization the user
// sets, and the rows that reach the store; a hostile file shows the reader's message and saves nothing.
#include "core/gguf/ModelFileInspector.h"
#include "ui/ModelFileFacts.h"
#include "ui/ModelImportDialog.h"
#include "ui/ModelsPage.h"
#include "ui/UserModelStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace localrig;

namespace {

QString corpus(const char* name)
{
    return QStringLiteral(LOCALRIG_TEST_DATA_DIR "/../fuzz/corpus/gguf/") + QLatin1String(name);
}

core::gguf::ModelFileReport inspect(const QString& path)
{
    return core::gguf::inspectModelFile(path.toStdString()).value();
}

db::QuantEntry quant(const char* id, const char* name, core::QuantFormat format, double bits)
{
    return db::QuantEntry{core::Quantization{id, name, format, core::QuantKernel::KQuant, bits}, {}, false};
}

class FakeModelStore final : public ui::UserModelStore
{
public:
    FakeModelStore()
    {
        db::CatalogData data;
        data.quantizations
            = {quant("f16", "F16", core::QuantFormat::Float, 16.0), quant("q8_0", "Q8_0", core::QuantFormat::Gguf, 8.5),
               quant("q4_k_m", "Q4_K_M", core::QuantFormat::Gguf, 4.85),
               quant("mxfp4", "MXFP4", core::QuantFormat::MicroFloat4, 4.25)};
        m_catalog = db::Catalog(data);
    }
    const db::Catalog& catalog() const override { return m_catalog; }
    Result<void> saveModelFromFile(const db::ModelFileImport& rows) override
    {
        saved.push_back(rows);
        return outcome::success();
    }
    Result<void> removeModel(const std::string& modelId) override
    {
        removed.push_back(modelId);
        return outcome::success();
    }

    std::vector<db::ModelFileImport> saved;
    std::vector<std::string> removed;

private:
    db::Catalog m_catalog;
};

QString fact(const std::vector<ui::ModelFileFacts::Row>& rows, const QString& label)
{
    for (const ui::ModelFileFacts::Row& row : rows) {
        if (row.label == label) {
            return row.value;
        }
    }
    return QStringLiteral("(missing)");
}

QWidget* modal()
{
    return QApplication::activeModalWidget();
}

} // namespace

class TestModelImportDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testFactsOfADenseFile();
    void testFactsOfAMoeFile();
    void testAddsTheModelAfterReview();
    void testUnknownFileTypeMustBeChosen();
    void testHostileFileShowsTheReadersMessage();
    void testActionsNeedAStore();
    void testDeletesOnlyTheUsersModels();
};

void TestModelImportDialog::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestModelImportDialog::testFactsOfADenseFile()
{
    const auto rows = ui::ModelFileFacts::rows(inspect(corpus("dense_llama.gguf")));
    QCOMPARE(fact(rows, QStringLiteral("Format")), QStringLiteral("GGUF v3"));
    QCOMPARE(fact(rows, QStringLiteral("Architecture")), QStringLiteral("llama"));
    QCOMPARE(fact(rows, QStringLiteral("Parameters")), QStringLiteral("3877"));
    QCOMPARE(fact(rows, QStringLiteral("Active per token")), QStringLiteral("(missing)")); // dense
    QCOMPARE(fact(rows, QStringLiteral("Layers")), QStringLiteral("2"));
    QCOMPARE(fact(rows, QStringLiteral("KV heads")), QStringLiteral("2 of 4 query heads"));
    QCOMPARE(fact(rows, QStringLiteral("Head dimension")), QStringLiteral("64"));
    QCOMPARE(fact(rows, QStringLiteral("Sliding window")), QStringLiteral("none"));
    QCOMPARE(fact(rows, QStringLiteral("Experts")), QStringLiteral("none (dense)"));
    QCOMPARE(fact(rows, QStringLiteral("Context")), QStringLiteral("8K tokens"));
    QCOMPARE(fact(rows, QStringLiteral("File type")), QStringLiteral("Q4_K_M"));
    // Shares of 2,544 B: Q4_K 1,440 = 56.6 %, Q6_K 1,050 = 41.3 %, Q8_0 34 = 1.3 %, F32 20 = 0.8 %.
    QCOMPARE(fact(rows, QStringLiteral("Quantization mix")),
             QStringLiteral("Q4_K 56.6 %, Q6_K 41.3 %, Q8_0 1.3 %, F32 0.8 %"));
    // 2,544 x 8 / 3,877 = 5.25 bits per weight.
    QCOMPARE(fact(rows, QStringLiteral("Weights")), QStringLiteral("2544 bytes (0.00 GB, 5.25 bits per weight)"));
    QCOMPARE(ui::ModelFileFacts::count(8030261248ULL), QStringLiteral("8.03 B (8030261248)"));
}

void TestModelImportDialog::testFactsOfAMoeFile()
{
    const auto report = inspect(corpus("moe_qwen3.gguf"));
    const auto rows = ui::ModelFileFacts::rows(report);
    QCOMPARE(fact(rows, QStringLiteral("Active per token")), QStringLiteral("2515"));
    QCOMPARE(fact(rows, QStringLiteral("Experts")), QStringLiteral("8, 2 per token"));
    QCOMPARE(fact(rows, QStringLiteral("KV heads")), QStringLiteral("1 to 2 per layer, 4 query heads"));
    QCOMPARE(fact(rows, QStringLiteral("Context")), QStringLiteral("32K tokens"));
    QVERIFY(ui::ModelFileFacts::quantMix(report, 2).endsWith(QStringLiteral("4 more"))); // 6 types, 2 shown
}

void TestModelImportDialog::testAddsTheModelAfterReview()
{
    FakeModelStore store;
    ui::ModelsPage page(ui::CatalogData{});
    page.setModelStore(&store);
    page.setFileChooser([] { return corpus("dense_llama.gguf"); });
    bool reviewed = false;
    QTimer::singleShot(0, this, [&reviewed] {
        QWidget* dialog = modal();
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), QStringLiteral("modelImportDialog"));
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"));
        QCOMPARE(name->text(), QStringLiteral("Tiny Llama Dense")); // general.name
        auto* quantCombo = dialog->findChild<QComboBox*>(QStringLiteral("quantComboBox"));
        QCOMPARE(quantCombo->currentData().toString(), QStringLiteral("q4_k_m")); // general.file_type
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("quantNoteLabel"))->text(),
                 QStringLiteral("The file is Q4_K_M: its exact 0.00 GB of weights are used at Q4_K_M."));
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("fileHeadingLabel"))
                    ->text()
                    .contains(QStringLiteral("dense_llama.gguf")));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("My tiny Llama"));
        auto* context = dialog->findChild<QComboBox*>(QStringLiteral("workloadContextComboBox"));
        QCOMPARE(context->count(), 3); // 2K, 4K, 8K: no more than the file's 8,192 tokens
        context->setCurrentIndex(context->findData(4096));
        reviewed = true;
        dialog->findChild<QPushButton*>(QStringLiteral("savePushButton"))->click();
    });
    page.findChild<QPushButton*>(QStringLiteral("addModelPushButton"))->click();
    QVERIFY(reviewed);
    QCOMPARE(store.saved.size(), std::size_t(1));
    const db::ModelFileImport& rows = store.saved[0];
    QCOMPARE(rows.model.spec.id, std::string("my_my_tiny_llama"));
    QCOMPARE(rows.model.spec.name, std::string("My tiny Llama"));
    QCOMPARE(rows.fileSize->quantId, QStringLiteral("q4_k_m"));
    QCOMPARE(rows.fileSize->bytes, 2544.0);
    QCOMPARE(rows.workload->name, QStringLiteral("My tiny Llama (your model)"));
    QCOMPARE(rows.workload->contextTokens, 4096);
    QCOMPARE(rows.workload->description, QStringLiteral("Runs My tiny Llama, read from dense_llama.gguf."));
}

void TestModelImportDialog::testUnknownFileTypeMustBeChosen()
{
    FakeModelStore store;
    core::gguf::ModelFileReport report = inspect(corpus("dense_llama.gguf"));
    report.fileType = "IQ2_M";
    report.weightsBytes.reset(); // neither a known type nor bytes: nothing to suggest
    ui::ModelImportDialog dialog(report, corpus("dense_llama.gguf"), store);
    auto* save = dialog.findChild<QPushButton*>(QStringLiteral("savePushButton"));
    auto* quantCombo = dialog.findChild<QComboBox*>(QStringLiteral("quantComboBox"));
    QCOMPARE(quantCombo->currentText(), QStringLiteral("Choose…"));
    QVERIFY(!save->isEnabled());
    QCOMPARE(dialog.problem(), QStringLiteral("Size it as: choose the quantization the file is in."));
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("quantNoteLabel"))->text(),
             QStringLiteral("The file type IQ2_M is not in the catalog; choose the closest."));
    quantCombo->setCurrentIndex(quantCombo->findData(QStringLiteral("q8_0")));
    QVERIFY(save->isEnabled());
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("quantNoteLabel"))->text(),
             QStringLiteral("The file states no exact size: the weights are estimated from Q8_0's bits per weight."));
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("nameLineEdit"));
    name->clear();
    QVERIFY(!save->isEnabled());
    QCOMPARE(dialog.problem(), QStringLiteral("Name: enter the model's name."));
}

void TestModelImportDialog::testHostileFileShowsTheReadersMessage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hostile.gguf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // GGUF v3 claiming 2^63 tensors: the reader refuses before allocating anything.
    file.write(QByteArray("GGUF\x03\x00\x00\x00", 8) + QByteArray("\x00\x00\x00\x00\x00\x00\x00\x80", 8)
               + QByteArray(8, '\0'));
    file.close();
    FakeModelStore store;
    ui::ModelsPage page(ui::CatalogData{});
    page.setModelStore(&store);
    page.setFileChooser([path] { return path; });
    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        auto* box = qobject_cast<QMessageBox*>(modal());
        QVERIFY(box);
        shown = box->text();
        box->accept();
    });
    page.findChild<QPushButton*>(QStringLiteral("addModelPushButton"))->click();
    QVERIFY2(shown.startsWith(QStringLiteral("hostile.gguf cannot be read as a model file, so nothing was added.")),
             qPrintable(shown));
    const auto direct = core::gguf::inspectModelFile(path.toStdString());
    QVERIFY(!direct);
    QVERIFY(shown.endsWith(QString::fromStdString(direct.error().detail))); // the reader's own words
    QVERIFY(store.saved.empty());
}

void TestModelImportDialog::testActionsNeedAStore()
{
    ui::ModelsPage page(ui::CatalogData{});
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("addModelPushButton"))->isEnabled());
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("removeModelPushButton"))->isEnabled());
    FakeModelStore store;
    page.setModelStore(&store);
    QVERIFY(page.findChild<QPushButton*>(QStringLiteral("addModelPushButton"))->isEnabled());
}

void TestModelImportDialog::testDeletesOnlyTheUsersModels()
{
    ui::CatalogData catalog;
    for (const char* id : {"shipped_8b", "my_tiny"}) {
        core::ModelSpec model;
        model.id = id;
        model.name = id;
        model.totalParams = 8e9;
        model.activeParams = 8e9;
        model.kvGroups = core::gqaLayers(32, 8, 128);
        catalog.models.push_back(model);
    }
    catalog.modelProvenance["shipped_8b"].source = QStringLiteral("https://example.org");
    catalog.modelProvenance["my_tiny"].source = QStringLiteral("user");
    FakeModelStore store;
    ui::ModelsPage page(catalog);
    page.setModelStore(&store);
    auto* remove = page.findChild<QPushButton*>(QStringLiteral("removeModelPushButton"));
    page.selectModel("shipped_8b");
    QVERIFY(!remove->isEnabled());
    page.selectModel("my_tiny");
    QVERIFY(remove->isEnabled());
    QTimer::singleShot(0, this, [] {
        auto* box = qobject_cast<QMessageBox*>(modal());
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
    });
    remove->click();
    QCOMPARE(store.removed, std::vector<std::string>{"my_tiny"});
}

QTEST_MAIN(TestModelImportDialog)
#include "tst_model_import_dialog.moc"
