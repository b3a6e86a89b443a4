-- The six tables of VICIdial's database (`asterisk`) that hold an agent's
-- live state, as PROTOCOL.md section 8 describes them: the columns that
-- matter, with the types, defaults, indexes and engine of VICIdial 2.14's
-- MySQL_AST_CREATE_tables.sql. parkbar-sim --mirror-db writes its floor into
-- them; parkbar-hub's database source reads them; the tests create them in
-- a private MariaDB. Statements end with ";" at the end of a line.

CREATE TABLE IF NOT EXISTS vicidial_live_agents (
live_agent_id INT(9) UNSIGNED AUTO_INCREMENT PRIMARY KEY NOT NULL,
user VARCHAR(20),
server_ip VARCHAR(15) NOT NULL,
conf_exten VARCHAR(20),
extension VARCHAR(100),
status ENUM('READY','QUEUE','INCALL','PAUSED','CLOSER','MQUEUE') default 'PAUSED',
lead_id INT(9) UNSIGNED NOT NULL,
campaign_id VARCHAR(8),
uniqueid VARCHAR(20),
callerid VARCHAR(20),
channel VARCHAR(100),
last_call_time DATETIME,
last_update_time TIMESTAMP,
last_call_finish DATETIME,
user_level TINYINT(3) UNSIGNED default '0',
comments VARCHAR(20),
calls_today SMALLINT(5) UNSIGNED default '0',
agent_log_id INT(9) UNSIGNED default '0',
last_state_change DATETIME,
external_park VARCHAR(40) default '',
on_hook_agent ENUM('Y','N') default 'N',
ring_callerid VARCHAR(20) default '',
pause_code VARCHAR(6) default '',
preview_lead_id INT(9) UNSIGNED default '0',
index (user),
index (lead_id),
index (last_call_time),
index (last_update_time),
index (last_call_finish)
) ENGINE=MyISAM;

CREATE TABLE IF NOT EXISTS vicidial_agent_log (
agent_log_id INT(9) UNSIGNED AUTO_INCREMENT PRIMARY KEY NOT NULL,
user VARCHAR(20),
server_ip VARCHAR(15) NOT NULL,
event_time DATETIME,
lead_id INT(9) UNSIGNED,
campaign_id VARCHAR(8),
pause_epoch INT(10) UNSIGNED,
pause_sec SMALLINT(5) UNSIGNED default '0',
wait_epoch INT(10) UNSIGNED,
wait_sec SMALLINT(5) UNSIGNED default '0',
talk_epoch INT(10) UNSIGNED,
talk_sec SMALLINT(5) UNSIGNED default '0',
dispo_epoch INT(10) UNSIGNED,
dispo_sec SMALLINT(5) UNSIGNED default '0',
status VARCHAR(6),
user_group VARCHAR(20),
comments VARCHAR(20),
sub_status VARCHAR(6),
dead_epoch INT(10) UNSIGNED,
dead_sec SMALLINT(5) UNSIGNED default '0',
index (lead_id),
index (user),
index (event_time)
) ENGINE=MyISAM;

CREATE TABLE IF NOT EXISTS parked_channels (
channel VARCHAR(100) NOT NULL,
server_ip VARCHAR(15) NOT NULL,
channel_group VARCHAR(30),
extension VARCHAR(100),
parked_by VARCHAR(100),
parked_time DATETIME
) ENGINE=MyISAM;

CREATE TABLE IF NOT EXISTS vicidial_auto_calls (
auto_call_id INT(9) UNSIGNED AUTO_INCREMENT PRIMARY KEY NOT NULL,
server_ip VARCHAR(15) NOT NULL,
campaign_id VARCHAR(20),
status ENUM('SENT','RINGING','LIVE','XFER','PAUSED','CLOSER','BUSY','DISCONNECT','IVR') default 'PAUSED',
lead_id INT(9) UNSIGNED NOT NULL,
uniqueid VARCHAR(20),
callerid VARCHAR(20),
channel VARCHAR(100),
phone_code VARCHAR(10),
phone_number VARCHAR(18),
call_time DATETIME,
call_type ENUM('IN','OUT','OUTBALANCE') default 'OUT',
stage VARCHAR(20) default 'START',
last_update_time TIMESTAMP,
agent_only VARCHAR(20) default '',
extension VARCHAR(100) default '',
index (uniqueid),
index (callerid),
index (call_time),
index (last_update_time)
) ENGINE=MyISAM;

CREATE TABLE IF NOT EXISTS vicidial_users (
user_id INT(9) UNSIGNED AUTO_INCREMENT PRIMARY KEY NOT NULL,
user VARCHAR(20) NOT NULL,
pass VARCHAR(100) NOT NULL,
full_name VARCHAR(50),
user_level TINYINT(3) UNSIGNED default '1',
user_group VARCHAR(20),
phone_login VARCHAR(20),
phone_pass VARCHAR(20),
active ENUM('Y','N') default 'Y',
custom_three VARCHAR(100) default '',
email VARCHAR(100) default '',
pass_hash VARCHAR(500) default '',
unique index user (user)
) ENGINE=MyISAM;

CREATE TABLE IF NOT EXISTS vicidial_campaigns (
campaign_id VARCHAR(8) PRIMARY KEY NOT NULL,
campaign_name VARCHAR(40),
active ENUM('Y','N'),
park_ext VARCHAR(10),
park_file_name VARCHAR(100) default 'default',
ivr_park_call ENUM('DISABLED','ENABLED','ENABLED_PARK_ONLY','ENABLED_BUTTON_HIDDEN') default 'DISABLED',
ivr_park_call_agi TEXT
) ENGINE=MyISAM;
