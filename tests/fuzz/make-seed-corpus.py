#!/usr/bin/env python3
"""Writes the seed corpus under tests/fuzz/corpus/<target>/ from PROTOCOL.md's
answers and tests/data/fixtures. Run it again after changing the seeds; the
files it writes are committed. Input format: see FuzzInput.h."""
import hashlib
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
FIXTURES = HERE.parent / "data" / "fixtures" / "real-php8-warnings"

PARK_ANSWERS = [
    "SUCCESS: park_call function set - PARK_CUSTOMER|1000",
    "ERROR: agent_user does not have a lead on their screen - 1001",
    "ERROR: agent_user is not logged in - 1002",
    "ERROR: park_call not valid - PARK|1000",
    "ERROR: park_call not valid - park_customer|1000",
    "ERROR: park_call not valid - |1000",
    "ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION - PARK_CUSTOMER|7777|park_call|ADMIN",
    "ERROR: Invalid Source - ",
    "ERROR: System API NOT ACTIVE",
    "ERROR: no user found - 1009",
    "ERROR: Your IP Address is not allowed: 10.1.2.3",
    "ERROR: Invalid Username/Password: |6667|1234|0|1|LOCK|",
]
ECHOES = [
    ("wrongpass", "ERROR: Invalid Username/Password: |6666|wrongpass|0|1|BAD|0|api|SELECT count(*) from vicidial_users "
                  "where user='6666' and pass='wrongpass' and user_level > 0 and active='Y' and ( (failed_login_count < 10) "
                  "or (UNIX_TIMESTAMP(last_login_date) < 1795687481) );|"),
    ("wrongpass", "ERROR: Login incorrect, please try again: |6666|wrongpass|BAD|"),
    ("Wr0ng&Pa55=%", "ERROR: Invalid Username/Password: |6666|Wr0ngPa55=|0|1|BAD|"),
    ("Wr0ng&Pa55=%", "ERROR: Login incorrect, please try again: |6666|Wr0ngPa55|BAD|"),
    ("p a;s's", "GET /agc/api.php?source=x&user=6666&pass=p%20a%3Bs%27s&function=version"),
    ("sec ret", "pass=\"sec ret\" and pass = 'sec\\'ret'"),
]
STATUS_ERRORS = [
    "ERROR: agent_status AGENT NOT LOGGED IN: 6666|1002",
    "ERROR: agent_status AGENT NOT FOUND: 6666|9999",
    "ERROR: agent_status INVALID SEARCH PARAMETERS: 6666|",
    "ERROR: agent_status USER DOES NOT HAVE PERMISSION TO GET AGENT INFO: |5556|0|",
    "ERROR: logged_in_agents USER DOES NOT HAVE PERMISSION TO GET AGENT INFO: |5556|0|",
    "ERROR: logged_in_agents NO LOGGED IN AGENTS: 6666|",
    "ERROR: Too many login attempts, try again in 15 minutes: |6667|LOCK|",
    "ERROR: Invalid Source - \nERROR: Invalid Source: ||",
]
AGENT_STATUS_ROWS = [
    "INCALL|M1234567890000012345|12345|TESTCAMP|3|Agent 1000|AGENTS|1|||3125550100|VLC12345|8600051",
    "INCALL|M1234567890000012345|12345|TESTCAMP|3|Agent 1000|AGENTS|1||PARK|3125550100|VLC12345|8600051",
    "PAUSED||0|TESTCAMP|1|Agent 1001|AGENTS|1|LOGIN||||8600052",
    "status|callerid|lead_id|campaign_id|calls_today|full_name|user_group|user_level|pause_code|real_time_sub_status|"
    "phone_number|vendor_lead_code|session_id\nINCALL|M1234567890000012345|12345|TESTCAMP|3|Agent 1000|AGENTS|1||PARK|"
    "3125550100|VLC12345|8600051|10.10.10.100",
]
FLOOR_PIPE = ("1000|TESTCAMP|8600051|INCALL|12345|M1234567890000012345|3|Agent 1000|AGENTS|1||PARK\n"
              "1001|TESTCAMP|8600052|PAUSED|0||1|Agent 1001|AGENTS|1|LOGIN|")
FLOOR_PLAIN = ("1000|TESTCAMP|8600051|INCALL|12345|M1234567890000012345|3|Agent 1000|AGENTS|1\n"
               "1001|TESTCAMP|8600052|PAUSED|0||1|Agent 1001|AGENTS|1")
FLOOR_CSV = ("user,campaign_id,session_id,status,lead_id,callerid,calls_today,full_name,user_group,user_level,pause_code,sub_status\n"
             "1000,TESTCAMP,8600051,INCALL,12345,M1234567890000012345,3,Agent 1000,AGENTS,1,,PARK\n"
             "1001,TESTCAMP,8600052,PAUSED,0,,1,Agent 1001,AGENTS,1,LOGIN,\n"
             "1002,TESTCAMP,8600053,READY,0,,1,Smith, Ann,AGENTS,1,,")
VERSIONS = [
    "VERSION: 2.14-81|BUILD: 240429-2220|DATE: 2026-06-28 10:00:00|EPOCH: 1782640800",
    "VERSION: 2.14-194|BUILD: 241004-1518|DATE: 2026-06-28 10:00:00|EPOCH: 1782640800|DST: 0|TZ: -5.00|TZNOW: -5.00|",
    "VERSION: 2.0.5-173|BUILD: 100527-2215|DATE: 2011-01-01 10:00:00|EPOCH: 1293876000",
    "VERSION: 2.14|BUILD: 240429|DATE: |EPOCH: ",
]
NOISE = ("<br />\n<b>Warning</b>:  Undefined variable $x in <b>/srv/www/agc/api.php</b> on line <b>412</b><br />\n"
         "\nWarning: Undefined variable $x in /srv/www/agc/api.php on line 412\n"
         "<br />\n<b>Deprecated</b>:  Function strftime() is deprecated in <b>/srv/www/agc/api.php</b> on line <b>90</b><br />\n")
HTML = "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>\n"
FATAL = ("<br />\n<b>Fatal error</b>:  Uncaught Error: Call to undefined function mysqli_connect() in /srv/www/dbconnect.php:12\n"
         "Stack trace:\n#0 {main}\n  thrown in <b>/srv/www/dbconnect.php</b> on line <b>12</b><br />\n")


def fixture(name):
    return (FIXTURES / name).read_bytes()


def write(target, seeds):
    folder = HERE / "corpus" / target
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    for seed in seeds:
        data = seed if isinstance(seed, bytes) else seed.encode()
        (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)
    print(f"{target}: {len(seeds)} seeds")


def with_password(password, body):
    body = body if isinstance(body, bytes) else body.encode()
    return password.encode() + b"\n" + body


answer = [with_password("1234", line + "\n") for line in PARK_ANSWERS + STATUS_ERRORS]
answer += [with_password(pw, line + "\n") for pw, line in ECHOES]
answer += [with_password("1234", NOISE + PARK_ANSWERS[0] + "\n" + NOISE), with_password("1234", HTML),
           with_password("1234", FATAL), with_password("1234", ""), with_password("", "SUCCESS\n"),
           with_password("1234", fixture("park_call-success.txt")), with_password("1234", fixture("park_call-no-lead.txt"))]
write("answer_parser", answer)

version = [line + "\n" for line in VERSIONS] + [NOISE + VERSIONS[0] + "\n" + NOISE, HTML, fixture("version.txt")]
write("version_parser", version)

tables = []
for row in AGENT_STATUS_ROWS + STATUS_ERRORS + [FLOOR_PIPE, FLOOR_PLAIN]:
    tables.append(b"\x00" + with_password("1234", row + "\n"))
tables.append(b"\x00" + with_password("1234", NOISE + FLOOR_PIPE + "\n" + NOISE))
tables.append(b"\x01" + with_password("1234", FLOOR_CSV + "\n"))
tables.append(b"\x01" + with_password("1234", AGENT_STATUS_ROWS[1].replace("|", ",") + "\n"))
tables.append(b"\x02" + with_password("1234", FLOOR_PIPE.replace("|", "\t") + "\n"))
tables.append(b"\x02" + with_password("1234", AGENT_STATUS_ROWS[0].replace("|", "\t") + "\n"))
tables.append(b"\x00" + with_password("wrongpass", ECHOES[1][1] + "\n"))
tables.append(b"\x00" + with_password("1234", fixture("agent_status-parked.txt")))
tables.append(b"\x00" + with_password("1234", fixture("logged_in_agents-sub-status.txt")))
write("table_parsers", tables)

redactor = [with_password(pw, line + "\n") for pw, line in ECHOES]
redactor += [with_password("1234", line + "\n") for line in PARK_ANSWERS[-1:] + STATUS_ERRORS[3:4]]
redactor += [with_password("Wr0ng&Pa55=%", "user=6666&pass=Wr0ng%26Pa55%3D%25&function=park_call"),
             with_password("päss wörd", "ERROR: Login incorrect, please try again: |6666|pässwörd|BAD|"),
             with_password("", "pass='x' and Password: nothing")]
write("redactor", redactor)
