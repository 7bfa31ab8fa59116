// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostDetection.h"

#include "core/host/HostParsers.h"
#include "core/host/HostProbe.h"

#include <QProcess>
#include <QStandardPaths>

#include <optional>

namespace localrig::db {

namespace {

// The tool's standard output, or nullopt with a note saying why there is none.
std::optional<QByteArray> runTool(const QString& program, const QStringList& arguments, int timeoutMs,
                                  core::host::HostInfo& host)
{
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty()) {
        return std::nullopt;
    }
    QProcess process;
    process.start(path, arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        process.kill();
        host.notes.push_back(
            program.toStdString() + " did not answer: "
            + QString::fromLocal8Bit(process.readAllStandardError()).trimmed().left(200).toStdString());
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

} // namespace

Result<core::host::HostInfo> detectHost(const HostDetectionOptions& options)
{
#ifdef Q_OS_MACOS
    if (options.runTools && options.root == QLatin1String("/")) {
        core::host::HostInfo unused;
        const auto output
            = runTool(QStringLiteral("sysctl"),
                      {QStringLiteral("-n"), QStringLiteral("hw.memsize"), QStringLiteral("machdep.cpu.brand_string")},
                      options.toolTimeoutMs, unused);
        if (!output) {
            return makeError(ErrorCode::Io, "sysctl cannot be run: " + (unused.notes.empty() ? "" : unused.notes[0]));
        }
        BOOST_OUTCOME_TRY(values, core::host::parseSysctl(output->toStdString()));
        return core::host::hostFromSysctl(values);
    }
#endif
    BOOST_OUTCOME_TRY(host, core::host::probeLinux(options.root.toStdString()));
    if (options.runTools) {
        const auto output = runTool(
            QStringLiteral("nvidia-smi"),
            {QStringLiteral("--query-gpu=name,memory.total"), QStringLiteral("--format=csv,noheader,nounits")},
            options.toolTimeoutMs, host);
        if (output) {
            auto gpus = core::host::parseNvidiaSmi(output->toStdString());
            if (gpus) {
                core::host::mergeNvidiaSmi(host, gpus.value());
            } else {
                host.notes.push_back(gpus.error().detail);
            }
        }
    }
    return host;
}

} // namespace localrig::db
