// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <initializer_list>

namespace localrig::tests {

// `localrig` run as a person runs it: the built program in a process of its own, on the shipped catalog, with
// a home folder of the test's own, so its user database and settings are never the real ones.
class LocalrigProcess
{
public:
    struct Run
    {
        int exitCode = -1; // -1: it crashed or did not finish within a minute
        QByteArray out;
        QByteArray err;
    };

    bool isValid() const { return m_home.isValid(); }
    // A file in the test's home folder, for a command to write.
    QString filePath(const QString& name) const { return m_home.filePath(name); }

    // `arguments` without the program name: run({"recommend", "--workload", "coding-assistant"}).
    Run run(const QStringList& arguments) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path());
        environment.insert(QStringLiteral("HOME"), m_home.path());
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(LOCALRIG_BINARY), arguments);
        Run result;
        if (process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit) {
            result.exitCode = process.exitCode();
        }
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    // `localrig recommend --json ARGUMENTS`: the object it printed (empty when it failed; its error is shown).
    QJsonObject recommendJson(const QStringList& arguments, int* exitCode = nullptr) const
    {
        const Run result = run(QStringList{QStringLiteral("recommend"), QStringLiteral("--json")} + arguments);
        if (exitCode) {
            *exitCode = result.exitCode;
        } else if (result.exitCode != 0) {
            qWarning("%s", result.err.constData());
        }
        return QJsonDocument::fromJson(result.out).object();
    }

private:
    QTemporaryDir m_home;
};

// The machine the plan recommends, and the ranked row of machine `id` (empty when it is not ranked).
inline QJsonObject recommendedMachine(const QJsonObject& plan)
{
    return plan.value(QStringLiteral("recommended")).toObject();
}

inline QJsonObject rankedRow(const QJsonObject& plan, const QString& id)
{
    for (const QJsonValue& row : plan.value(QStringLiteral("ranked")).toArray()) {
        if (row[QStringLiteral("id")].toString() == id) {
            return row.toObject();
        }
    }
    return {};
}

// "--workload a --workload b" for the named use cases.
inline QStringList workloadArguments(std::initializer_list<const char*> slugs)
{
    QStringList arguments;
    for (const char* slug : slugs) {
        arguments << QStringLiteral("--workload") << QString::fromLatin1(slug);
    }
    return arguments;
}

} // namespace localrig::tests
