// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace localrig::app {

// `localrig detect [--json] [--root DIR] [--measure [--measure-mib N]]`: what this computer is (memory, CPU,
// GPUs from /proc, /sys and nvidia-smi, or sysctl on macOS), the catalog machine with the same chip, and the
// "This computer" platform the Hardware page would propose, with the figures nobody detected left for the
// user. --measure also reads a 1 GiB buffer for about 2 s and prints the memory bandwidth it reached.
class DetectCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DetectCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace localrig::app
