// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18 item 4: Hardware → "Detect This Computer…" measures the memory bandwidth off the GUI thread (a
// fake probe here: no real benchmark in a test), proposes the measured figure, keeps its date with the saved
// machine and shows this computer's grade per workload with the smallest upgrade; "What Runs Here…" shows
// it again.
#include "RecordingStore.h"
#include "core/host/HostProbe.h"
#include "ui/HardwarePage.h"
#include "ui/PlanCalculator.h"
#include "ui/PlatformEditorDialog.h"
#include "ui/ThisComputerGradesDialog.h"
#include "ui/ThisComputerGradesModel.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <functional>
#include <thread>

using namespace localrig;

namespace {

core::Platform mac(const char* id, double memoryGiB, double bandwidth, double price)
{
    core::Platform p;
    p.id = id;
    p.name = id;
    p.vendor = "Apple";
    p.formFactor = "mini";
    p.memoryKind = core::MemoryKind::Unified;
    p.backend = core::Backend::Metal;
    p.memoryGiB = memoryGiB;
    p.bandwidthGBs = bandwidth;
    p.fp16Tflops = 50.0;
    p.loadWatts = 100.0;
    p.priceUsd = price;
    return p;
}

// Dense, 32 layers x 8 KV heads x 128; at Q4 (4.85 bits a weight) its weights take params x 4.85 / 8 bytes.
core::ModelSpec dense(const char* id, double params)
{
    core::ModelSpec m;
    m.id = id;
    m.name = id;
    m.totalParams = params;
    m.activeParams = params;
    m.attentionHeads = 32;
    m.kvGroups = core::gqaLayers(32, 8, 128);
    return m;
}

// Two workloads and two machines to upgrade to, made by hand.
ui::CatalogData catalog()
{
    ui::CatalogData c;
    c.models = {dense("small8b", 8e9), dense("big70b", 70e9)};
    c.quants = {{"q4", "Q4", core::QuantFormat::Gguf, core::QuantKernel::KQuant, 4.85}};
    c.platforms = {mac("mac32", 32, 800, 1500), mac("mac128", 128, 1600, 4000)};
    c.workloads = {{"chat", "Chat", "small8b", "q4", 4096, 1, 512}, {"big", "Big model", "big70b", "q4", 4096, 1, 512}};
    c.workloadInfo = {{QStringLiteral("chat"), QStringLiteral("Chat"), {}},
                      {QStringLiteral("big"), QStringLiteral("Big model"), {}}};
    c.tiers = {{"tier1", "Tier 1", 16, 32, "Entry"}};
    return c;
}

Result<core::host::HostInfo> cpuOnly()
{
    return core::host::probeLinux(LOCALRIG_TEST_DATA_DIR "/host/linux-cpu-only");
}

// Three passes; the best is 40 GB/s.
Result<core::host::BandwidthProbeResult> measures40(const std::atomic<bool>*,
                                                    const std::function<void(double)>& progress)
{
    progress(0.5);
    core::host::BandwidthProbeResult result;
    result.passGBs = {38.0, 40.0, 39.0};
    result.threads = 2;
    core::host::summarisePasses(result);
    progress(1.0);
    return result;
}

// Runs `check` once a modal window of type T is the active one (the progress dialog comes before the editor).
template <typename T>
void whenActive(QObject* context, std::function<void(T*)> check)
{
    auto* timer = new QTimer(context);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, context, [timer, check] {
        if (auto* window = qobject_cast<T*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            check(window);
        }
    });
    timer->start();
}

// Runs `check` once the page's bandwidth progress dialog shows (window-modal on a page that is not shown, so
// it is not the application's active modal window).
void whenMeasuring(QWidget* page, std::function<void(QProgressDialog*)> check)
{
    auto* timer = new QTimer(page);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, page, [page, timer, check] {
        auto* progress = page->findChild<QProgressDialog*>(QStringLiteral("bandwidthProgressDialog"));
        if (progress && progress->isVisible()) {
            timer->stop();
            timer->deleteLater();
            check(progress);
        }
    });
    timer->start();
}

QLineEdit* field(QWidget* dialog, const char* name)
{
    return dialog->findChild<QLineEdit*>(QLatin1String(name));
}

// Gives the CPU-only machine what the editor still needs (form factor, load power) and saves it.
void completeAndSave(QWidget* dialog)
{
    auto* form = dialog->findChild<QComboBox*>(QStringLiteral("formFactorComboBox"));
    form->setCurrentIndex(form->findData(QStringLiteral("server")));
    QTest::keyClicks(field(dialog, "loadWattsLineEdit"), QStringLiteral("180"));
    dialog->findChild<QPushButton*>(QStringLiteral("savePushButton"))->click();
}

QString cell(const ui::ThisComputerGradesModel* model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

class TestThisComputerGrades final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void measuredBandwidthIsProposedKeptWithItsDateAndGraded();
    void cancellingFallsBackToTheTypedFigure();
    void aFailedProbeSaysWhyAndFallsBack();
    void whatRunsHereShowsMyMachineAgain();
};

void TestThisComputerGrades::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QStandardPaths::setTestModeEnabled(true);
}

void TestThisComputerGrades::measuredBandwidthIsProposedKeptWithItsDateAndGraded()
{
    test::RecordingStore store;
    ui::HardwarePage page(catalog(), &store);
    page.setHostDetector(cpuOnly);
    page.setBandwidthProbe(measures40);
    bool checked = false;
    whenActive<ui::PlatformEditorDialog>(this, [&checked](ui::PlatformEditorDialog* dialog) {
        QCOMPARE(field(dialog, "bandwidthLineEdit")->text(), QStringLiteral("40")); // the best pass, not asked
        const QString intro = dialog->findChild<QLabel*>(QStringLiteral("detectionLabel"))->text();
        QVERIFY2(intro.contains(QStringLiteral("memory reads at 40.0 GB/s (the best of 3 passes on 2 threads; "
                                               "median 39.0 GB/s)")),
                 qPrintable(intro));
        QVERIFY2(intro.contains(QStringLiteral("You need to enter</b>: form factor, load power.")), qPrintable(intro));
        checked = true;
        completeAndSave(dialog);
    });
    page.findChild<QPushButton*>(QStringLiteral("detectComputerPushButton"))->click();
    QVERIFY(checked);
    QCOMPARE(store.mine.size(), std::size_t(1));
    QCOMPARE(store.mine[0].bandwidthGBs, 40.0);
    QCOMPARE(store.notes[0],
             QStringLiteral("memory bandwidth measured on this computer, %1")
                 .arg(QDate::currentDate().toString(Qt::ISODate)));

    // The grade view opens by itself once the machine is saved.
    auto* grades = page.findChild<ui::ThisComputerGradesDialog*>();
    QVERIFY(grades);
    QVERIFY(grades->isVisible());
    const QString heading = grades->findChild<QLabel*>(QStringLiteral("gradesMachineLabel"))->text();
    QVERIFY2(heading.contains(QStringLiteral("measured on this computer")), qPrintable(heading));
    const ui::ThisComputerGradesModel* model = grades->gradesModel();
    using Column = ui::ThisComputerGradesModel::Column;
    QCOMPARE(model->rowCount(), 2);
    // Chat: the 8B model's weights are 8e9 x 4.85 / 8 = 4.85e9 B, and every token reads them all, so at
    // 40 GB/s it makes at most 40e9 / 4.85e9 = 8.2 tokens/s: under the 10 tokens/s line, Slow. The cheapest
    // machine that does it: mac32 at $1,500 (800 GB/s: up to 165 tokens/s), not mac128 at $4,000.
    QCOMPARE(cell(model, 0, Column::Workload), QStringLiteral("Chat"));
    QCOMPARE(cell(model, 0, Column::Grade), QStringLiteral("Slow"));
    QCOMPARE(cell(model, 0, Column::Upgrade), QStringLiteral("mac32"));
    QCOMPARE(cell(model, 0, Column::UpgradePrice), QStringLiteral("$1,500"));
    QVERIFY(cell(model, 0, Column::UpgradeGrade) == QLatin1String("Great")
            || cell(model, 0, Column::UpgradeGrade) == QLatin1String("Good"));
    // Big model: 70e9 x 4.85 / 8 = 42.4e9 B of weights, more than the 24 GiB (25.8e9 B) this computer has:
    // Too large. mac32 holds 0.75 x 32 GiB = 25.8e9 B, too little; mac128 holds 103e9 B: $4,000.
    QCOMPARE(cell(model, 1, Column::Grade), QStringLiteral("Too large"));
    QCOMPARE(cell(model, 1, Column::Upgrade), QStringLiteral("mac128"));
    QCOMPARE(cell(model, 1, Column::UpgradePrice), QStringLiteral("$4,000"));
    grades->close();
}

void TestThisComputerGrades::cancellingFallsBackToTheTypedFigure()
{
    test::RecordingStore store;
    ui::HardwarePage page(catalog(), &store);
    page.setHostDetector(cpuOnly);
    // Runs until Cancel raises the flag (or 10 s, so a broken test cannot hang).
    page.setBandwidthProbe([](const std::atomic<bool>* cancel, const std::function<void(double)>& progress) {
        progress(0.25);
        for (int i = 0; i < 1000 && !cancel->load(); ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        core::host::BandwidthProbeResult result;
        result.cancelled = cancel->load();
        return Result<core::host::BandwidthProbeResult>(result);
    });
    bool cancelled = false;
    bool edited = false;
    whenMeasuring(&page, [this, &cancelled, &edited](QProgressDialog* progress) {
        QCOMPARE(progress->labelText(),
                 QStringLiteral("Measuring this computer's memory bandwidth (about 2 seconds)…"));
        whenActive<ui::PlatformEditorDialog>(this, [&edited](ui::PlatformEditorDialog* dialog) {
            QVERIFY(field(dialog, "bandwidthLineEdit")->text().isEmpty()); // nothing measured, nothing guessed
            const QString intro = dialog->findChild<QLabel*>(QStringLiteral("detectionLabel"))->text();
            QVERIFY2(intro.contains(QStringLiteral("Not measured</b>: the measurement was cancelled.")),
                     qPrintable(intro));
            QTest::keyClicks(field(dialog, "bandwidthLineEdit"), QStringLiteral("89.6"));
            edited = true;
            completeAndSave(dialog);
        });
        cancelled = true;
        auto* cancel = progress->findChild<QPushButton*>();
        QCOMPARE(cancel->text(), QStringLiteral("Cancel"));
        cancel->click();
    });
    page.findChild<QPushButton*>(QStringLiteral("detectComputerPushButton"))->click();
    QVERIFY(cancelled);
    QVERIFY(edited);
    QCOMPARE(store.mine.size(), std::size_t(1));
    QCOMPARE(store.mine[0].bandwidthGBs, 89.6); // the typed figure
    QVERIFY(store.notes[0].isEmpty()); // and no claim that it was measured
    auto* grades = page.findChild<ui::ThisComputerGradesDialog*>();
    QVERIFY(grades);
    const QString heading = grades->findChild<QLabel*>(QStringLiteral("gradesMachineLabel"))->text();
    QVERIFY2(heading.contains(QStringLiteral("as entered (not measured)")), qPrintable(heading));
    grades->close();
}

void TestThisComputerGrades::aFailedProbeSaysWhyAndFallsBack()
{
    test::RecordingStore store;
    ui::HardwarePage page(catalog(), &store);
    page.setHostDetector(cpuOnly);
    page.setBandwidthProbe([](const std::atomic<bool>*, const std::function<void(double)>&) {
        return Result<core::host::BandwidthProbeResult>(
            makeError(ErrorCode::OutOfRange, "bandwidth probe: cannot allocate the buffer"));
    });
    QString shown;
    bool edited = false;
    whenActive<QMessageBox>(this, [this, &shown, &edited](QMessageBox* box) {
        shown = box->text();
        whenActive<ui::PlatformEditorDialog>(this, [&edited](ui::PlatformEditorDialog* dialog) {
            QVERIFY(field(dialog, "bandwidthLineEdit")->text().isEmpty());
            edited = true;
            dialog->reject();
        });
        box->accept();
    });
    page.findChild<QPushButton*>(QStringLiteral("detectComputerPushButton"))->click();
    QVERIFY2(shown.startsWith(QStringLiteral("LocalRig could not measure this computer's memory bandwidth.")),
             qPrintable(shown));
    QVERIFY(edited);
    QVERIFY(store.mine.empty()); // the user closed the editor
    QVERIFY(!page.findChild<ui::ThisComputerGradesDialog*>());
}

void TestThisComputerGrades::whatRunsHereShowsMyMachineAgain()
{
    test::RecordingStore store;
    ui::CatalogData data = catalog();
    {
        ui::HardwarePage page(data, &store);
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("thisComputerGradesPushButton"))->isEnabled());
    }
    core::Platform mine = mac("this_computer", 24, 40, 0);
    mine.name = "This computer";
    mine.memoryKind = core::MemoryKind::System;
    mine.backend = core::Backend::Cpu;
    mine.priceUsd.reset();
    data.platforms.push_back(mine);
    data.myMachineId = "this_computer";
    data.platformProvenance["this_computer"].notes
        = QStringLiteral("memory bandwidth measured on this computer, 2026-12-01");
    ui::HardwarePage page(data, &store);
    auto* button = page.findChild<QPushButton*>(QStringLiteral("thisComputerGradesPushButton"));
    QVERIFY(button->isEnabled());
    button->click();
    auto* grades = page.findChild<ui::ThisComputerGradesDialog*>();
    QVERIFY(grades);
    const QString heading = grades->findChild<QLabel*>(QStringLiteral("gradesMachineLabel"))->text();
    QVERIFY2(heading.contains(QStringLiteral("measured on this computer, 1 Dec 2026")), qPrintable(heading));
    // The same machine as in the first test: the same grades (Chat Slow at 40 GB/s, Big model too large).
    QCOMPARE(cell(grades->gradesModel(), 0, ui::ThisComputerGradesModel::Grade), QStringLiteral("Slow"));
    QCOMPARE(cell(grades->gradesModel(), 1, ui::ThisComputerGradesModel::Grade), QStringLiteral("Too large"));
    // The Plan page with one workload ticked at a time grades this computer the same way, row for row.
    ui::PlanCalculator plan(data);
    for (int row = 0; row < grades->gradesModel()->rowCount(); ++row) {
        const core::WorkloadGrade* grade = grades->gradesModel()->gradeAt(row);
        ui::PlanInputs inputs;
        inputs.workloads = {QString::fromStdString(grade->workload)};
        plan.setInputs(inputs);
        QVERIFY(plan.result().recommendation);
        const auto& ranked = plan.result().recommendation->ranked;
        const auto mineThere = std::find_if(ranked.begin(), ranked.end(), [](const core::PlatformAssessment& a) {
            return a.platform.id == "this_computer";
        });
        QVERIFY(mineThere != ranked.end());
        QCOMPARE(static_cast<int>(mineThere->verdict), static_cast<int>(grade->verdict));
        const auto answer = plan.result().recommendation->recommended;
        QVERIFY(answer);
        QCOMPARE(ranked[*answer].platform.id, grade->upgrade->platform.id); // the page's answer is the upgrade
    }
    grades->close();
}

QTEST_MAIN(TestThisComputerGrades)
#include "tst_this_computer_grades.moc"
