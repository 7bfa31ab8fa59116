// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: how a model runs on a machine, in the tier card's and the table's words: where the weights sit,
// the llama.cpp command, and a Mac's GPU memory limit.
#include "ui/RunAdvice.h"

#include <QLocale>
#include <QTest>

using namespace localrig;
using namespace localrig::ui;

class TestRunAdvice final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void testExpertsInSystemRamSaysBothPools();
    void testEveryWeightOnTheGpuSaysNothing();
    void testCommandsAreListedOnceAModel();
    void testWiredLimitGivesTheCommandAndWhatMacOsKeeps();
};

void TestRunAdvice::testExpertsInSystemRamSaysBothPools()
{
    core::ModelOnPlatform model;
    model.placement = core::Placement::ExpertsInSystemRam;
    core::ExpertSplit split;
    split.cpuMoeLayers = 19;
    split.moeLayers = 36;
    split.systemBytes = 33.0 * 1024 * 1024 * 1024; // 33.0 GB (GB = 2^30 bytes)
    split.gpuBytes = 32.0 * 1024 * 1024 * 1024;
    model.experts = split;
    QCOMPARE(RunAdvice::placement(model),
             QStringLiteral("Experts of 19 of 36 layers in system RAM (33.0 GB there, 32.0 GB on the card): faster "
                            "than moving whole layers off the card."));
}

void TestRunAdvice::testEveryWeightOnTheGpuSaysNothing()
{
    core::ModelOnPlatform model;
    QVERIFY(RunAdvice::placement(model).isEmpty());
    // Experts in system RAM without the split's figures: nothing to say rather than zeros.
    model.placement = core::Placement::ExpertsInSystemRam;
    QVERIFY(RunAdvice::placement(model).isEmpty());
}

void TestRunAdvice::testCommandsAreListedOnceAModel()
{
    core::PlatformAssessment assessment;
    core::ModelOnPlatform coding;
    coding.modelId = "qwen";
    coding.runCommand = "llama-server -m qwen.gguf -c 262144 -np 2 -ngl 99";
    core::ModelOnPlatform agents = coding; // the same model and command for a second workload
    core::ModelOnPlatform tooLarge;
    tooLarge.modelId = "big"; // no command: it does not fit
    assessment.models = {coding, agents, tooLarge};
    QCOMPARE(
        RunAdvice::commands(assessment, {QStringLiteral("Qwen3.6-35B-A3B")}),
        QStringList{QStringLiteral("Run Qwen3.6-35B-A3B with: llama-server -m qwen.gguf -c 262144 -np 2 -ngl 99")});
    // Another workload's context for the same model is its own command, unless one line a model is asked for.
    assessment.models[1].runCommand = "llama-server -m qwen.gguf -c 131072 -np 4 -ngl 99";
    QCOMPARE(RunAdvice::commands(assessment, {QStringLiteral("Q"), QStringLiteral("Q")}).size(), 2);
    QCOMPARE(RunAdvice::commands(assessment, {QStringLiteral("Q"), QStringLiteral("Q")}, RunAdvice::CommandsPer::Model),
             QStringList{QStringLiteral("Run Q with: llama-server -m qwen.gguf -c 262144 -np 2 -ngl 99")});
}

void TestRunAdvice::testWiredLimitGivesTheCommandAndWhatMacOsKeeps()
{
    core::PlatformAssessment assessment;
    QVERIFY(RunAdvice::wiredLimit(assessment).isEmpty());
    // A 64 GB Mac: default limit 48 GB (3/4 of RAM), a 50 GB plan, 60 GB allowed after the step (64 - 4 GB).
    constexpr double kGiB = 1024.0 * 1024 * 1024;
    core::WiredLimitStep step;
    step.defaultLimitBytes = 48 * kGiB;
    step.footprintBytes = 50 * kGiB;
    step.raisedLimitBytes = 60 * kGiB;
    step.leftForMacOsBytes = 4 * kGiB;
    step.wiredLimitMb = 61440; // 60 x 1024
    step.command = "sudo sysctl iogpu.wired_limit_mb=61440";
    assessment.wiredLimit = step;
    const QString text = RunAdvice::wiredLimit(assessment);
    QVERIFY2(text.contains(QStringLiteral("48.0 GB by default; this plan needs 50.0 GB")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("\"sudo sysctl iogpu.wired_limit_mb=61440\"")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("up to 60.0 GB and leaves 4.0 GB for macOS")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestRunAdvice)
#include "tst_run_advice.moc"
