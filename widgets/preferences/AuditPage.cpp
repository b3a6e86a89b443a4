#include "preferences/AuditPage.h"

#include "preferences/AuditLogView.h"
#include "preferences/SettingBinder.h"

#include <QClipboard>
#include <QDir>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
constexpr int kMegabyte = 1024 * 1024;
}

AuditPage::AuditPage(const QString &logPath, QWidget *parent) : SettingsPage(parent), m_logPath(logPath)
{
    auto *outer = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every command is written to the audit log: when it was sent, the agent, the command, the "
                                "server's answer (passwords removed) and whether the agent's state confirmed it. Hand the "
                                "file to QA as it is; each line is one JSON object."),
                             this);
    intro->setWordWrap(true);
    outer->addWidget(intro);

    auto *form = new QFormLayout;
    outer->addLayout(form);
    auto *cell = new QWidget(this);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    m_sizeMb = new QSpinBox(cell);
    m_sizeMb->setObjectName(SettingBinder::objectNameFor(Setting::AuditMaxBytes));
    m_sizeMb->setAccessibleName(tr("Audit log size limit"));
    m_sizeMb->setToolTip(settingDescription(Setting::AuditMaxBytes));
    m_sizeMb->setRange(1, settingSpec(Setting::AuditMaxBytes).maximum / kMegabyte);
    m_sizeMb->setSuffix(tr(" MB"));
    cellLayout->addWidget(m_sizeMb);
    m_lockedNote = SettingBinder::makeNote(cell);
    cellLayout->addWidget(m_lockedNote);
    auto *sizeLabel = new QLabel(tr("&Rotate at:"), this);
    sizeLabel->setBuddy(m_sizeMb);
    form->addRow(sizeLabel, cell);
    auto *kept = new QLabel(tr("Three older files are kept beside it (audit.1.jsonl is the newest of them)."), this);
    kept->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), kept);

    auto *path = new QLabel(QDir::toNativeSeparators(logPath), this);
    path->setObjectName(QStringLiteral("audit-log-path"));
    path->setAccessibleName(tr("Audit log file"));
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("File:"), path);

    auto *buttons = new QHBoxLayout;
    auto *view = new QPushButton(tr("&View log..."), this);
    view->setObjectName(QStringLiteral("audit-view"));
    view->setAccessibleName(tr("View the audit log"));
    auto *copy = new QPushButton(tr("&Copy path"), this);
    copy->setObjectName(QStringLiteral("audit-page-copy-path"));
    copy->setAccessibleName(tr("Copy the audit log's path"));
    buttons->addWidget(view);
    buttons->addWidget(copy);
    buttons->addStretch(1);
    outer->addLayout(buttons);
    outer->addStretch(1);

    connect(view, &QPushButton::clicked, this, [this] { AuditLogView::openDialog(m_logPath, this); });
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(QDir::toNativeSeparators(m_logPath)); });
}

QString AuditPage::title() const
{
    return tr("Audit log");
}

void AuditPage::load(const SettingsSnapshot &settings, const QString &)
{
    m_sizeMb->setValue(std::max(1, settings.value(Setting::AuditMaxBytes).toInt() / kMegabyte));
    const bool locked = settings.isLocked(Setting::AuditMaxBytes);
    m_sizeMb->setEnabled(!locked);
    m_sizeMb->setAccessibleDescription(locked ? SettingBinder::lockedNote() : QString());
    m_lockedNote->setVisible(locked);
}

void AuditPage::store(SettingsSnapshot &settings, const QString &) const
{
    if (settings.isLocked(Setting::AuditMaxBytes))
        return;
    // Keep an odd byte count from the file unless the person changed the megabytes.
    const int current = settings.value(Setting::AuditMaxBytes).toInt();
    if (std::max(1, current / kMegabyte) != m_sizeMb->value())
        settings.globals.insert(Setting::AuditMaxBytes, m_sizeMb->value() * kMegabyte);
}
