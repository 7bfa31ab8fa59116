// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Hardware → "Detect This Computer…": a fake /proc and /sys tree (tests/data/host) proposed as a platform in
// the editor, saved as my machine, then ranked on the Plan page like any machine.
#include "RecordingStore.h"
#include "core/host/HostParsers.h"
#include "core/host/HostProbe.h"
#include "db/ThisComputer.h"
#include "ui/CatalogSource.h"
#include "ui/HardwarePage.h"
#include "ui/PlanCalculator.h"
#include "ui/PlatformEditorDialog.h"
#include "ui/UserCatalogStore.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <fstream>
#include <functional>
#include <sstream>

using namespace localrig;

namespace {

const std::string kHostData = LOCALRIG_TEST_DATA_DIR "/host/";

class PlatformsOnlyStore final : public ui::UserCatalogStore
{
public:
    Result<void> savePlatform(const core::Platform&) override { return outcome::success(); }
    Result<void> setPriceOverride(const std::string&, double) override { return outcome::success(); }
    Result<void> removePlatform(const std::string&) override { return outcome::success(); }
};

Result<core::host::HostInfo> probe(const std::string& tree, const std::string& nvidiaSmi = {})
{
    BOOST_OUTCOME_TRY(host, core::host::probeLinux(kHostData + tree));
    if (!nvidiaSmi.empty()) {
        std::ifstream in(kHostData + nvidiaSmi);
        std::ostringstream text;
        text << in.rdbuf();
        core::host::mergeNvidiaSmi(host, core::host::parseNvidiaSmi(text.str()).value());
    }
    return host;
}

ui::CatalogData catalog()
{
    ui::CatalogData c;
    core::Platform card;
    card.id = "rtx_4090";
    card.name = "GeForce RTX 4090 (desktop card)";
    card.vendor = "NVIDIA";
    card.formFactor = "card";
    card.memoryKind = core::MemoryKind::Discrete;
    card.backend = core::Backend::Cuda;
    card.memoryGiB = 64;
    card.vramGiB = 24;
    card.bandwidthGBs = 1008;
    card.fp16Tflops = 330.3;
    card.loadWatts = 450;
    c.platforms.push_back(card);
    return c;
}

QWidget* dialog()
{
    return QApplication::activeModalWidget();
}

QLineEdit* field(const char* name)
{
    return dialog()->findChild<QLineEdit*>(QLatin1String(name));
}

// Runs `check` once the platform editor is the active window: the bandwidth measurement's progress comes first.
void whenEditorOpens(QObject* context, const std::function<void()>& check)
{
    auto* timer = new QTimer(context);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, context, [timer, check] {
        if (qobject_cast<ui::PlatformEditorDialog*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            check();
        }
    });
    timer->start();
}

// A bandwidth probe that answers at once (tests/ui/tst_this_computer_grades.cpp drives the measurement).
ui::BandwidthProbe measures(double gbs, bool cancelled = false)
{
    return [gbs, cancelled](const std::atomic<bool>*, const std::function<void(double)>&) {
        core::host::BandwidthProbeResult result;
        if (!cancelled) {
            result.passGBs = {gbs};
        }
        result.cancelled = cancelled;
        core::host::summarisePasses(result);
        return Result<core::host::BandwidthProbeResult>(result);
    };
}

} // namespace

class TestDetectComputer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testNvidiaDesktopIsProposedWithTheCatalogCardsFigures();
    void testCpuOnlyMachineWaitsForTheUser();
    void testDetectionFailureSaysWhyAndSavesNothing();
    void testNeedsAStoreThatKnowsMyMachine();
    void testSavedComputerIsMyMachineAndRankedOnThePlanPage();
};

void TestDetectComputer::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QStandardPaths::setTestModeEnabled(true);
}

void TestDetectComputer::testNvidiaDesktopIsProposedWithTheCatalogCardsFigures()
{
    test::RecordingStore store;
    ui::HardwarePage page(catalog(), &store);
    page.setHostDetector([] { return probe("linux-nvidia", "linux-nvidia/nvidia-smi.csv"); });
    page.setBandwidthProbe(measures(71.5));
    QSignalSpy edited(&page, &ui::HardwarePage::catalogEdited);
    auto* detect = page.findChild<QPushButton*>(QStringLiteral("detectComputerPushButton"));
    QVERIFY(detect);
    QVERIFY(detect->isEnabled());
    bool checked = false;
    whenEditorOpens(this, [&checked] {
        QVERIFY(dialog());
        QCOMPARE(dialog()->windowTitle(), QStringLiteral("This computer"));
        QCOMPARE(field("nameLineEdit")->text(), QStringLiteral("This computer (NVIDIA GeForce RTX 4090)"));
        QCOMPARE(field("vendorLineEdit")->text(), QStringLiteral("NVIDIA"));
        QCOMPARE(field("memoryLineEdit")->text(), QStringLiteral("64")); // MemTotal 62.56 GiB, sold as 64
        QCOMPARE(field("vramLineEdit")->text(), QStringLiteral("24")); // nvidia-smi 24564 MiB
        QCOMPARE(field("bandwidthLineEdit")->text(), QStringLiteral("1008")); // the catalog's RTX 4090
        QCOMPARE(field("tflopsLineEdit")->text(), QStringLiteral("330.3"));
        QCOMPARE(field("loadWattsLineEdit")->text(), QStringLiteral("450"));
        auto* kind = dialog()->findChild<QComboBox*>(QStringLiteral("memoryKindComboBox"));
        QCOMPARE(kind->currentData().toInt(), static_cast<int>(core::MemoryKind::Discrete));
        auto* form = dialog()->findChild<QComboBox*>(QStringLiteral("formFactorComboBox"));
        QCOMPARE(form->currentData().toString(), QStringLiteral("desktop")); // DMI chassis type 3
        const QString intro = dialog()->findChild<QLabel*>(QStringLiteral("detectionLabel"))->text();
        QVERIFY2(intro.contains(QStringLiteral("Detected</b> on this computer: memory kind, backend, memory, VRAM, "
                                               "vendor, form factor.")),
                 qPrintable(intro));
        QVERIFY(intro.contains(QStringLiteral("From the catalog's GeForce RTX 4090 (desktop card)</b>, which has the "
                                              "same chip: memory bandwidth, FP16 TFLOPS, load power. Check them.")));
        QVERIFY(!intro.contains(QStringLiteral("You need to enter")));
        QVERIFY(intro.contains(QStringLiteral("NVIDIA GeForce RTX 4090 with 24.0 GiB"))); // 24564 MiB
        QVERIFY(intro.contains(QStringLiteral("62.6 GiB reported by Linux"))); // 65,598,512 kB
        auto* save = dialog()->findChild<QPushButton*>(QStringLiteral("savePushButton"));
        QVERIFY(save->isEnabled());
        checked = true;
        save->click();
    });
    detect->click();
    QVERIFY(checked);
    QVERIFY(store.saved.empty()); // saved as my machine, not as a plain platform
    QCOMPARE(store.mine.size(), std::size_t(1));
    const core::Platform& saved = store.mine[0];
    QCOMPARE(saved.id, std::string("this_computer"));
    QCOMPARE(saved.bandwidthGBs, 1008.0);
    QCOMPARE(saved.systemBandwidthGBs, 71.5); // measured: the CPU reads system RAM, not the card's VRAM
    QCOMPARE(saved.vramGiB, 24.0);
    QCOMPARE(saved.os, std::string("Linux"));
    QCOMPARE(edited.count(), 1);
}

void TestDetectComputer::testCpuOnlyMachineWaitsForTheUser()
{
    test::RecordingStore store;
    ui::HardwarePage page(catalog(), &store);
    page.setHostDetector([] { return probe("linux-cpu-only"); });
    page.setBandwidthProbe(measures(0.0, true)); // the user cancels the measurement: the figure is typed
    whenEditorOpens(this, [] {
        QVERIFY(dialog());
        QCOMPARE(field("nameLineEdit")->text(), QStringLiteral("This computer (AMD EPYC)"));
        QCOMPARE(field("memoryLineEdit")->text(), QStringLiteral("24"));
        QVERIFY(field("bandwidthLineEdit")->text().isEmpty()); // nobody knows it: not guessed
        QVERIFY(field("loadWattsLineEdit")->text().isEmpty());
        const QString intro = dialog()->findChild<QLabel*>(QStringLiteral("detectionLabel"))->text();
        QVERIFY2(intro.contains(QStringLiteral("You need to enter</b>: form factor, memory bandwidth, load power")),
                 qPrintable(intro));
        // MemTotal 24,684,084 kB = 23.5 GiB; no /sys/class/drm in the tree.
        QVERIFY(intro.contains(
            QStringLiteral("Found</b>: AMD EPYC with 2 cores, 2 threads · 23.5 GiB reported by Linux · no GPU.")));
        auto* save = dialog()->findChild<QPushButton*>(QStringLiteral("savePushButton"));
        auto* message = dialog()->findChild<QLabel*>(QStringLiteral("validationMessageLabel"));
        QVERIFY(!save->isEnabled());
        QCOMPARE(message->text(), QStringLiteral("Form factor: choose what kind of machine this is."));
        auto* form = dialog()->findChild<QComboBox*>(QStringLiteral("formFactorComboBox"));
        QCOMPARE(form->currentText(), QStringLiteral("Choose…"));
        form->setCurrentIndex(form->findData(QStringLiteral("server")));
        QCOMPARE(message->text(), QStringLiteral("Bandwidth (GB/s): this figure is required."));
        QTest::keyClicks(field("bandwidthLineEdit"), QStringLiteral("89.6"));
        QTest::keyClicks(field("loadWattsLineEdit"), QStringLiteral("180"));
        QVERIFY(save->isEnabled());
        save->click();
    });
    page.findChild<QPushButton*>(QStringLiteral("detectComputerPushButton"))->click();
    QCOMPARE(store.mine.size(), std::size_t(1));
    QCOMPARE(store.mine[0].memoryKind, core::MemoryKind::System);
    QCOMPARE(store.mine[0].backend, core::Backend::Cpu);
    QCOMPARE(store.mine[0].bandwidthGBs, 89.6);
    QCOMPARE(store.mine[0].loadWatts, 180.0);
    QCOMPARE(store.mine[0].formFactor, std::string("server"));
}

void TestDetectComputer::testDetectionFailureSaysWhyAndSavesNothing()
{
    test::RecordingStore store;
    ui::HardwarePage page(catalog(), &store);
    page.setHostDetector([] { return probe("no-such-tree"); });
    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        shown = box->text();
        box->accept();
    });
    page.findChild<QPushButton*>(QStringLiteral("detectComputerPushButton"))->click();
    QVERIFY2(shown.startsWith(QStringLiteral("LocalRig could not read what this computer is.")), qPrintable(shown));
    QVERIFY(store.mine.empty());
}

void TestDetectComputer::testNeedsAStoreThatKnowsMyMachine()
{
    PlatformsOnlyStore platformsOnly;
    ui::HardwarePage page(catalog(), &platformsOnly);
    auto* detect = page.findChild<QPushButton*>(QStringLiteral("detectComputerPushButton"));
    QVERIFY(!detect->isEnabled());
    test::RecordingStore store;
    page.setMachineStore(&store);
    QVERIFY(detect->isEnabled());
    ui::HardwarePage readOnly(catalog(), nullptr);
    QVERIFY(!readOnly.findChild<QPushButton*>(QStringLiteral("detectComputerPushButton"))->isEnabled());
}

void TestDetectComputer::testSavedComputerIsMyMachineAndRankedOnThePlanPage()
{
    QTemporaryDir dir;
    ui::CatalogSource source;
    QVERIFY(source.open(QStringLiteral(LOCALRIG_CATALOG_FILE), dir.filePath(QStringLiteral("user.sqlite"))));
    const auto host = probe("linux-strix-halo");
    QVERIFY(host);
    const db::ThisComputer machine = db::describeThisComputer(host.value(), source.data().platforms);
    core::Platform platform = machine.platform;
    platform.loadWatts = 140; // what the user enters: nobody publishes it
    QVERIFY(source.saveMyMachine(platform, {}));
    QCOMPARE(source.data().myMachineId, std::string("this_computer"));
    const core::Platform* saved = source.data().platform("this_computer");
    QVERIFY(saved);
    QCOMPARE(saved->bandwidthGBs, 256.0);
    QCOMPARE(saved->memoryGiB, 128.0);

    ui::PlanCalculator calculator(source.data());
    ui::PlanInputs inputs;
    inputs.workloads = {QStringLiteral("coding-assistant")};
    calculator.setInputs(inputs);
    QVERIFY(calculator.result().recommendation);
    const auto& ranked = calculator.result().recommendation->ranked;
    const auto mine = std::find_if(ranked.begin(), ranked.end(),
                                   [](const core::PlatformAssessment& a) { return a.platform.id == "this_computer"; });
    QVERIFY(mine != ranked.end());
    QCOMPARE(mine->platform.name, std::string("This computer (AMD RYZEN AI MAX+ 395)"));
    // Same chip and memory as the catalog's Strix Halo 128 GB: the same verdict for the same model.
    const auto strix = std::find_if(ranked.begin(), ranked.end(), [](const core::PlatformAssessment& a) {
        return a.platform.id == "strix_halo_128";
    });
    QVERIFY(strix != ranked.end());
    QCOMPARE(mine->models.front().fit.verdict, strix->models.front().fit.verdict);
}

QTEST_MAIN(TestDetectComputer)
#include "tst_detect_computer.moc"
