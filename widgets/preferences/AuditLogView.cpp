#include "preferences/AuditLogView.h"

#include "audit/AuditLog.h"

#include <QClipboard>
#include <QDateTime>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {
struct Column
{
    const char *field;
    const char *title;
};
const Column kColumns[] = {
    {"time", QT_TRANSLATE_NOOP("AuditLogView", "Time")},
    {"agent", QT_TRANSLATE_NOOP("AuditLogView", "Agent")},
    {"value", QT_TRANSLATE_NOOP("AuditLogView", "Command")},
    {"result", QT_TRANSLATE_NOOP("AuditLogView", "Result")},
    {"confirmation", QT_TRANSLATE_NOOP("AuditLogView", "Confirmation")},
    //: Column header: the command's latency in milliseconds.
    {"latency_ms", QT_TRANSLATE_NOOP("AuditLogView", "ms")},
    {"answer", QT_TRANSLATE_NOOP("AuditLogView", "Server's answer")},
    {"api_user", QT_TRANSLATE_NOOP("AuditLogView", "API user")},
    {"server", QT_TRANSLATE_NOOP("AuditLogView", "Server")},
    {"profile", QT_TRANSLATE_NOOP("AuditLogView", "Profile")},
};
} // namespace

AuditLogView::AuditLogView(const QString &path, QWidget *parent) : QWidget(parent), m_path(path)
{
    auto *layout = new QVBoxLayout(this);
    auto *pathRow = new QHBoxLayout;
    auto *pathLabel = new QLabel(tr("File: %1").arg(QDir::toNativeSeparators(path)), this);
    pathLabel->setObjectName(QStringLiteral("audit-path"));
    pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    pathRow->addWidget(pathLabel, 1);
    auto *copy = new QPushButton(tr("Copy path"), this);
    copy->setObjectName(QStringLiteral("audit-copy-path"));
    copy->setAccessibleName(tr("Copy the audit log's path"));
    auto *folder = new QPushButton(tr("Open folder"), this);
    folder->setObjectName(QStringLiteral("audit-open-folder"));
    folder->setAccessibleName(tr("Open the audit log's folder"));
    auto *refresh = new QPushButton(tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("audit-refresh"));
    refresh->setAccessibleName(tr("Refresh the audit log"));
    pathRow->addWidget(refresh);
    pathRow->addWidget(copy);
    pathRow->addWidget(folder);
    layout->addLayout(pathRow);

    m_table = new QTableWidget(0, static_cast<int>(std::size(kColumns)), this);
    m_table->setObjectName(QStringLiteral("audit-table"));
    m_table->setAccessibleName(tr("Audit log, newest first"));
    QStringList headers;
    for (const Column &column : kColumns)
        headers.append(tr(column.title));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("audit-status"));
    layout->addWidget(m_status);

    connect(refresh, &QPushButton::clicked, this, &AuditLogView::reload);
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(QDir::toNativeSeparators(m_path)); });
    connect(folder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_path).absolutePath())); });
    reload();
}

void AuditLogView::reload()
{
    const QList<QJsonObject> entries = AuditLog::readRecent(m_path, 1000);
    m_table->setRowCount(static_cast<int>(entries.size()));
    const QLocale locale;
    for (int row = 0; row < entries.size(); ++row) {
        const QJsonObject &entry = entries.at(row);
        for (int column = 0; column < static_cast<int>(std::size(kColumns)); ++column) {
            const QJsonValue value = entry.value(QLatin1String(kColumns[column].field));
            QString text = value.isDouble() ? QString::number(value.toInteger()) : value.toString();
            if (column == 0) {
                const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
                if (time.isValid())
                    text = locale.toString(time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            }
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(value.toString());
            m_table->setItem(row, column, item);
        }
    }
    m_status->setText(entries.isEmpty() ? tr("No commands recorded yet.") : tr("Commands shown: %1, newest first.").arg(entries.size()));
}

int AuditLogView::rowCount() const
{
    return m_table->rowCount();
}

QWidget *AuditLogView::openDialog(const QString &path, QWidget *parent)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("audit-log-dialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("ParkBar audit log"));
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(new AuditLogView(path, dialog));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(980, 520);
    dialog->open();
    return dialog;
}
