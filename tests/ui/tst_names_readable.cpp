// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14: every machine of the shipped catalog reads whole in the plan's table on a 1280 x 800 screen, in
// English and in German: its short name on one line, never cut in the middle.
#include "ui/CatalogSource.h"
#include "ui/MainWindow.h"
#include "ui/PlanInputsPanel.h"
#include "ui/PlanPage.h"
#include "ui/RankedMachinesModel.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QFontMetrics>
#include <QHeaderView>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace localrig;
using namespace localrig::ui;

class TestNamesReadable final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testEveryMachineNameFitsItsColumn_data();
    void testEveryMachineNameFitsItsColumn();

private:
    QTemporaryDir m_dir;
};

void TestNamesReadable::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestNamesReadable::testEveryMachineNameFitsItsColumn_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
}

void TestNamesReadable::testEveryMachineNameFitsItsColumn()
{
    QFETCH(QString, language);
    Translations::install(*qApp, language);
    CatalogSource source;
    QVERIFY(source.open(QStringLiteral(LOCALRIG_CATALOG_FILE), m_dir.filePath(language + QStringLiteral(".sqlite"))));
    QSettings settings(m_dir.filePath(language + QStringLiteral(".conf")), QSettings::IniFormat);
    MainWindow window(source, settings);
    // Four workloads: every machine of the catalog is ranked, the fitting ones and the ones that are not.
    PlanInputs inputs = window.planPage()->inputsPanel()->inputs();
    inputs.workloads = {QStringLiteral("coding-assistant"), QStringLiteral("math-reasoning"),
                        QStringLiteral("agents-tool-calling"), QStringLiteral("rag")};
    window.planPage()->inputsPanel()->setInputs(inputs);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* table = window.planPage()->findChild<QTableView*>(QStringLiteral("machinesTableView"));
    QVERIFY(table);
    QTRY_VERIFY(table->model()->rowCount() > 30);
    const int column = table->horizontalHeader()->sectionSize(RankedMachinesModel::Machine);
    QFont bold = table->font();
    bold.setBold(true);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, RankedMachinesModel::Machine);
        const QString name = index.data().toString();
        const QFontMetrics metrics(row == 0 ? bold : table->font());
        // The cell's own padding is a few pixels a side; the text must fit what is left, on one line.
        const int needed = metrics.horizontalAdvance(name) + 8;
        QVERIFY2(needed <= column,
                 qPrintable(QStringLiteral("%1: %2 px in a %3 px column").arg(name).arg(needed).arg(column)));
        // The full name is one hover away.
        QVERIFY(!index.data(Qt::ToolTipRole).toString().isEmpty());
    }
    // And in English the numbers after it are on screen: the break-even column ends inside the table's
    // viewport. (German's longer labels widen the inputs; its last columns may need the scroll bar.)
    if (language != QLatin1String("en")) {
        Translations::install(*qApp, QStringLiteral("en"));
        return;
    }
    const QHeaderView* header = table->horizontalHeader();
    const int breakEvenRight = header->sectionViewportPosition(RankedMachinesModel::BreakEven)
        + header->sectionSize(RankedMachinesModel::BreakEven);
    QVERIFY2(breakEvenRight <= table->viewport()->width(),
             qPrintable(QStringLiteral("%1 > %2").arg(breakEvenRight).arg(table->viewport()->width())));
    Translations::install(*qApp, QStringLiteral("en"));
}

QTEST_MAIN(TestNamesReadable)
#include "tst_names_readable.moc"
