// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BandwidthMeasurement.h"

#include "Wording.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <optional>

namespace localrig::ui {

namespace {

// What the worker thread and the window share; the window only reads it after the thread has ended,
// except `percent`, which a timer polls.
struct Shared
{
    std::atomic<bool> cancel{false};
    std::atomic<int> percent{0};
    std::optional<Result<core::host::BandwidthProbeResult>> result;
};

} // namespace

BandwidthProbe BandwidthMeasurement::defaultProbe()
{
    return [](const std::atomic<bool>* cancel, const std::function<void(double)>& progress) {
        return core::host::measureBandwidth({}, cancel, progress);
    };
}

BandwidthMeasurement::Answer BandwidthMeasurement::run(const BandwidthProbe& probe, QWidget* parent)
{
    Answer answer;
    answer.date = QDate::currentDate();
    if (!probe) {
        answer.problem = tr("No way to measure was given.");
        return answer;
    }
    QProgressDialog progress(tr("Measuring this computer's memory bandwidth (about 2 seconds)…"), tr("Cancel"), 0, 100,
                             parent);
    progress.setObjectName(QStringLiteral("bandwidthProgressDialog"));
    progress.setWindowTitle(tr("Measuring Memory Bandwidth"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setMinimumDuration(0);
    progress.setValue(0);

    auto shared = std::make_shared<Shared>();
    QThread* worker = QThread::create([probe, shared] {
        shared->result = probe(&shared->cancel, [shared](double done) {
            shared->percent.store(static_cast<int>(std::clamp(done, 0.0, 1.0) * 100.0), std::memory_order_relaxed);
        });
    });
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &progress,
                     [&progress, shared] { progress.setValue(shared->percent.load(std::memory_order_relaxed)); });
    const QMetaObject::Connection cancelled
        = QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&progress, shared] {
              shared->cancel.store(true);
              progress.setLabelText(tr("Stopping…"));
          });
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    poll.start();
    worker->start();
    loop.exec(); // the finished signal is queued to this thread, so an early end still quits the loop
    worker->wait();
    delete worker;
    poll.stop();
    QObject::disconnect(cancelled); // closing a progress dialog emits canceled(): it is no cancel now
    progress.close();

    if (!shared->result) {
        answer.problem = tr("The measurement did not end.");
    } else if (!*shared->result) {
        answer.problem = Wording::error(shared->result->error());
    } else {
        answer.result = shared->result->value();
        if (answer.result.cancelled || shared->cancel.load()) {
            answer.outcome = Outcome::Cancelled;
        } else if (answer.result.passGBs.empty() || !(answer.result.bestGBs > 0.0)) {
            answer.problem = tr("No pass over the memory completed.");
        } else {
            answer.outcome = Outcome::Measured;
        }
    }
    return answer;
}

} // namespace localrig::ui
