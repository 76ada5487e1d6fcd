--
-- PostgreSQL database dump
--

\restrict k97Aeb6Dxg2J7nr4S2x7cGrjcSU3L1JvQTf40k7H4vC5pMDPGAwVdMqfwteUWS7

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: archives; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.archives (
    report_id text NOT NULL,
    received_at bigint NOT NULL,
    body bytea NOT NULL
);


--
-- Name: counters; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.counters (
    name text NOT NULL,
    value bigint NOT NULL
);


--
-- Name: dist_day; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dist_day (
    dist text NOT NULL,
    key text NOT NULL,
    day bigint NOT NULL,
    hosts bigint NOT NULL,
    units bigint NOT NULL
);


--
-- Name: dist_week; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dist_week (
    dist text NOT NULL,
    key text NOT NULL,
    week bigint NOT NULL,
    hosts bigint NOT NULL,
    units bigint NOT NULL
);


--
-- Name: facts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.facts (
    host_id text NOT NULL,
    collector text NOT NULL,
    received_at bigint NOT NULL,
    data text NOT NULL
);


--
-- Name: fleet_labels; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fleet_labels (
    host_id text NOT NULL,
    source text NOT NULL,
    label text NOT NULL,
    set_at bigint NOT NULL
);


--
-- Name: forgotten; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.forgotten (
    host_hash text NOT NULL,
    forgotten_at bigint NOT NULL,
    reports bigint NOT NULL
);


--
-- Name: host_day; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.host_day (
    day bigint NOT NULL,
    hosts bigint NOT NULL
);


--
-- Name: host_keys; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.host_keys (
    host_id text NOT NULL,
    keys text NOT NULL
);


--
-- Name: host_weeks; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.host_weeks (
    host_id text NOT NULL,
    week bigint NOT NULL,
    active bigint NOT NULL,
    reports bigint NOT NULL,
    keys text
);


--
-- Name: hosts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.hosts (
    host_id text NOT NULL,
    first_seen bigint NOT NULL,
    last_seen bigint NOT NULL,
    reports bigint NOT NULL,
    new_week bigint
);


--
-- Name: outbox; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.outbox (
    id text NOT NULL,
    kind text NOT NULL,
    host_id text NOT NULL,
    seq bigint NOT NULL,
    queued_at bigint NOT NULL,
    body bytea NOT NULL,
    bytes bigint NOT NULL,
    attempts bigint NOT NULL,
    last_error text
);


--
-- Name: outbox_rejected; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.outbox_rejected (
    id text NOT NULL,
    kind text NOT NULL,
    host_id text NOT NULL,
    queued_at bigint NOT NULL,
    rejected_at bigint NOT NULL,
    status bigint,
    reason text NOT NULL,
    body bytea NOT NULL
);


--
-- Name: relay_counters; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.relay_counters (
    name text NOT NULL,
    value bigint NOT NULL
);


--
-- Name: reports; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reports (
    report_id text NOT NULL,
    client_id text NOT NULL,
    received_at bigint NOT NULL,
    sha256 text NOT NULL,
    protocol text NOT NULL
);


--
-- Name: schema_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.schema_migrations (
    version bigint NOT NULL,
    name text NOT NULL,
    applied_at bigint NOT NULL,
    checksum text NOT NULL
);


--
-- Name: upstream_policy; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.upstream_policy (
    upstream text NOT NULL,
    body bytea NOT NULL,
    signature text,
    fetched_at bigint NOT NULL
);


--
-- Name: week_active; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.week_active (
    week bigint NOT NULL,
    hosts bigint NOT NULL
);


--
-- Name: week_counts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.week_counts (
    week bigint NOT NULL,
    new_hosts bigint NOT NULL,
    reports bigint NOT NULL
);


--
-- Data for Name: archives; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.archives (report_id, received_at, body) FROM stdin;
\.


--
-- Data for Name: counters; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.counters (name, value) FROM stdin;
reports	146
last_report_at	1795514400
hosts	43
\.


--
-- Data for Name: dist_day; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.dist_day (dist, key, day, hosts, units) FROM stdin;
cpu_vendor	intel	20662	5	5
ct_cpus		20662	5	15
ct_cpus	2	20662	5	5
ct_cpus	unset	20662	5	5
ct_disk		20662	5	15
ct_disk	<=10G	20662	5	5
ct_disk	<=20G	20662	5	5
ct_disk	<=50G	20662	5	5
ct_features		20662	5	5
ct_features	nfs	20662	5	5
ct_os		20662	5	15
ct_os	centos-6	20662	0	0
ct_os	centos-7	20662	0	0
ct_os	ubuntu-14.04	20662	0	0
ct_ram		20662	5	15
ct_ram	<=1G	20662	5	5
ct_ram	<=2G	20662	5	5
ct_ram	<=4G	20662	5	5
ct_ram	<=512M	20662	0	0
bonding		20662	5	5
cpu_cores		20662	5	5
cpu_cores	4	20662	5	5
cpu_model		20662	5	5
cpu_vendor		20662	5	5
bonding	yes	20662	5	5
container_count		20662	5	5
container_count	1-5	20662	5	5
containers		20662	5	5
containers	yes	20662	5	5
cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20662	5	5
ct_os	other	20746	0	0
ct_cpus		20746	0	0
virtualization	other	20683	0	0
virtualization	other	20711	5	5
ct_cpus	2	20746	0	0
ct_cpus	unset	20746	0	0
ct_disk		20746	0	0
ct_disk	<=10G	20746	0	0
ct_disk	<=50G	20746	0	0
ct_features		20746	0	0
ct_features	nfs	20746	0	0
ct_os	centos-7	20746	0	0
ct_ram		20746	0	0
disk_kind	nvme	20662	5	5
disk_model		20662	5	15
disk_model	SAMSUNG MZQLB960HAJR-00007	20662	5	5
disk_model	ST2000NM0055-1V4	20662	5	10
distribution	virtuozzo 7	20662	0	0
guest_os		20662	5	10
services		20683	0	0
ssd		20683	0	0
teaming		20683	0	0
teaming	no	20683	0	0
virtualization		20683	0	0
ct_cpus	<=4	20746	0	0
ct_features	fuse	20746	0	0
bonding		20781	20	20
bonding	yes	20781	15	15
container_count	1-5	20781	15	15
ct_os	ubuntu-16.04	20746	0	0
cpu_vendor		20746	0	0
cpu_vendor	intel	20746	0	0
ct_os		20746	0	0
virtualization		20711	5	5
memory	4-8 GiB	20711	5	5
container_count		20781	20	20
services		20711	5	5
services	libvirtd	20683	0	0
services	libvirtd	20711	5	5
containers		20781	20	20
ssd		20711	5	5
ssd	no	20683	0	0
ssd	no	20711	5	5
teaming		20711	5	5
teaming	no	20711	5	5
disk_kind		20662	5	15
disk_kind	hdd	20662	5	10
distribution		20662	5	5
bonding		20683	0	0
container_count	6-20	20662	0	0
ct_os	debian-7.0	20662	0	0
distribution	vzlinux 7.3	20662	0	0
kernel	2.6.32-042stab145.3	20662	0	0
memory	<=1 GiB	20662	0	0
ploop	1.15	20662	0	0
virtualization	openvz-legacy	20662	0	0
vzctl	4.9.4	20662	0	0
vzkernel	2.6.32	20662	0	0
bonding	no	20683	0	0
container_count		20683	0	0
container_count	6-20	20683	0	0
containers		20683	0	0
containers	yes	20683	0	0
cpu_cores		20683	0	0
cpu_cores	4	20683	0	0
cpu_model		20683	0	0
cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20683	0	0
cpu_vendor		20683	0	0
cpu_vendor	intel	20683	0	0
ct_cpus		20683	0	0
bonding	no	20662	0	0
cpu_model	AMD EPYC 7302P 16-Core Processor	20662	0	0
cpu_vendor	amd	20662	0	0
distribution	debian 12	20662	0	0
kernel	6.1.0-26-amd64	20662	0	0
memory	4-8 GiB	20662	0	0
ssd	no	20662	0	0
virtualization	other	20662	0	0
ct_cpus	2	20683	0	0
ct_cpus	unset	20683	0	0
ct_disk		20683	0	0
ct_disk	<=10G	20683	0	0
ct_disk	<=20G	20683	0	0
ct_disk	<=50G	20683	0	0
ct_features		20683	0	0
ct_features	nfs	20683	0	0
ct_features	ppp	20683	0	0
ct_os		20683	0	0
ct_cpus	<=4	20662	5	5
ct_os	almalinux-9	20662	5	5
ct_os	ubuntu-22.04	20662	5	5
ct_os	vzlinux-9	20662	5	5
distribution	virtuozzo 9	20662	5	5
kernel	5.14.0-427.33.1.vz9.72.4	20662	5	5
ct_os	centos-6	20683	0	0
ct_os	debian-7	20683	0	0
ct_os	other	20683	0	0
ct_os	ubuntu-14.04	20683	0	0
vzkernel	3.10.0-327.18.2.vz7.15.2	20662	0	0
ct_ram		20683	0	0
ct_ram	<=1G	20683	0	0
ploop	9.0.23-1.vz9	20662	5	5
prlctl	9.0.3	20662	5	5
templates	almalinux-9	20662	5	5
templates	centos-7	20662	5	5
templates	ubuntu-22.04	20662	5	5
templates	vzlinux-9	20662	5	5
virtualization	vz9	20662	5	5
vzctl	9.0.1	20662	5	5
vzkernel	5.14.0-427.33.1.vz9.72.4	20662	5	5
ct_ram	<=2G	20683	0	0
ct_ram	<=512M	20683	0	0
ct_ram	unlimited	20683	0	0
disk_kind		20683	0	0
disk_kind	hdd	20683	0	0
disk_kind	ssd	20683	0	0
disk_model		20683	0	0
cpu_cores	4	20781	25	25
cpu_model		20781	25	25
cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20781	20	20
cpu_vendor		20781	25	25
cpu_vendor	intel	20781	20	20
containers	yes	20781	20	20
cpu_cores		20781	25	25
ct_cpus		20781	15	65
ct_cpus	2	20781	15	15
ct_cpus	<=4	20781	15	15
ct_cpus	unset	20781	15	35
ct_disk		20781	15	65
ct_disk	<=10G	20781	15	30
ct_disk	<=50G	20781	15	25
ct_features		20781	15	25
ct_features	fuse	20781	10	10
ct_features	nfs	20781	15	15
cpu_model	Intel(R) Core(TM)2 CPU T7400 @ 2.16GHz	20711	0	0
cpu_vendor		20711	5	5
cpu_vendor	intel	20711	0	0
ct_os		20711	0	0
cpu_cores		20711	5	5
ct_os	debian-7.0	20711	0	0
cpu_cores	4	20711	5	5
container_count		20746	0	0
containers		20746	0	0
cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20711	0	0
containers	yes	20746	0	0
cpu_cores		20746	0	0
cpu_cores	4	20746	0	0
cpu_model		20746	0	0
cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20746	0	0
ct_os	ubuntu-12.04	20711	0	0
distribution		20711	5	5
distribution	vzlinux 7.3	20711	0	0
kernel		20711	5	5
kernel	2.6.32-042stab134.8	20711	0	0
layout		20711	0	0
layout	ploop	20711	0	0
layout	simfs	20711	0	0
memory		20711	5	5
bonding	yes	20746	0	0
ct_os	centos-6	20711	0	0
memory	<=1 GiB	20711	0	0
disk_model	INTEL SSDSC2BB48	20683	0	0
disk_model	WDC WD1003FBYX-0	20683	0	0
distribution		20683	0	0
container_count	1-5	20746	0	0
distribution	centos 6.10	20683	0	0
kernel		20683	0	0
kernel	2.6.32-042stab145.3	20683	0	0
layout		20683	0	0
layout	simfs	20683	0	0
memory		20683	0	0
memory	<=1 GiB	20683	0	0
running		20711	0	0
running	yes	20711	0	0
ploop		20683	0	0
vzctl	3.0.30.2	20711	0	0
bonding		20711	5	5
bonding	no	20711	5	5
cpu_model	AMD EPYC 7302P 16-Core Processor	20683	0	0
ploop	1.9-1	20683	0	0
cpu_model	AMD EPYC 7302P 16-Core Processor	20711	5	5
bonding		20746	0	0
cpu_vendor	amd	20683	0	0
cpu_vendor	amd	20711	5	5
disk_kind		20711	5	10
disk_kind	hdd	20711	5	10
running		20683	0	0
distribution	debian 12	20683	0	0
distribution	debian 12	20711	5	5
running	yes	20683	0	0
container_count		20711	0	0
container_count	6-20	20711	0	0
kernel	6.1.0-26-amd64	20683	0	0
kernel	2.6.32-042stab145.3	20711	0	0
containers		20711	0	0
containers	yes	20711	0	0
cpu_model		20711	5	5
kernel	6.1.0-26-amd64	20711	5	5
services	vz	20683	0	0
ploop		20711	0	0
memory	4-8 GiB	20683	0	0
ploop	1.15	20711	0	0
teaming		20746	0	0
teaming	no	20746	0	0
running		20746	0	0
running	yes	20746	0	0
virtualization		20746	0	0
ct_ram	<=1G	20746	0	0
ct_ram	<=2G	20746	0	0
ct_ram	<=4G	20746	0	0
disk_kind	nvme	20746	0	0
disk_model		20746	0	0
disk_model	SAMSUNG MZQLB960HAJR-00007	20746	0	0
disk_model	ST2000NM0055-1V4	20746	0	0
distribution	virtuozzo 7	20746	0	0
guest_os		20746	0	0
guest_os	centos	20746	0	0
guest_os	windows	20746	0	0
memory	32-64 GiB	20746	0	0
prlctl		20746	0	0
readykernel		20746	0	0
readykernel	yes	20746	0	0
readykernel_patch		20746	0	0
readykernel_patch	89.0-r1	20746	0	0
services	firewalld	20746	0	0
services	prl-disp	20746	0	0
services	tuned	20746	0	0
services	vcmmd	20746	0	0
services	vz	20746	0	0
ssd	yes	20746	0	0
templates		20746	0	0
templates	centos-6	20746	0	0
virtualization	vz7	20746	0	0
vm_memory		20746	0	0
vm_memory	<=2G	20746	0	0
vm_memory	<=8G	20746	0	0
vm_vcpus		20746	0	0
vm_vcpus	2	20746	0	0
vm_vcpus	<=4	20746	0	0
vms		20746	0	0
kernel	3.10.0-1160.80.1.vz7.191.4	20746	0	0
vms	yes	20746	0	0
ploop	7.0.93-1.vz7	20746	0	0
prlctl	7.0.182	20746	0	0
distribution		20746	0	0
kernel		20746	0	0
layout		20746	0	0
layout	ploop	20746	0	0
memory		20746	0	0
disk_kind		20746	0	0
disk_kind	hdd	20746	0	0
services		20746	0	0
services	libvirtd	20746	0	0
ssd		20746	0	0
ploop		20746	0	0
ct_os	centos-7	20781	15	30
ct_os	other	20781	10	10
ct_os	ubuntu-16.04	20781	15	15
ct_ram		20781	15	65
ct_ram	<=1G	20781	15	30
ct_ram	<=2G	20781	15	15
ct_ram	<=4G	20781	15	15
disk_kind		20781	20	55
disk_kind	hdd	20781	20	40
disk_kind	nvme	20781	15	15
disk_model		20781	15	45
disk_model	SAMSUNG MZQLB960HAJR-00007	20781	15	15
disk_model	ST2000NM0055-1V4	20781	15	30
distribution	virtuozzo 7	20781	15	15
guest_os		20781	15	30
guest_os	centos	20781	15	15
guest_os	windows	20781	15	15
ct_os		20781	20	80
distribution		20781	25	25
kernel		20781	25	25
kernel	3.10.0-1160.80.1.vz7.191.4	20781	15	15
layout		20781	20	110
layout	ploop	20781	20	80
vzctl	7.0.229	20746	0	0
vzkernel	3.10.0-1160.80.1.vz7.191.4	20746	0	0
vzkernel	3.10.0-514.26.1.vz7.33.22	20746	0	0
ct_os	centos-6	20746	0	0
layout	simfs	20746	0	0
kernel		20662	5	5
memory		20662	5	5
services		20662	5	30
services	libvirtd	20662	5	5
ssd		20662	5	5
teaming		20662	5	5
teaming	no	20662	5	5
virtualization		20662	5	5
vswap		20746	0	0
ct_disk	<=20G	20746	0	0
ct_os	ubuntu-14.04	20746	0	0
ct_ram	<=512M	20746	0	0
kernel	3.10.0-327.18.2.vz7.15.2	20746	0	0
memory		20781	25	25
ploop		20781	20	20
running		20781	20	20
running	yes	20781	20	20
ploop	7.0.52-1.vz7	20746	0	0
guest_os	centos	20662	5	5
guest_os	windows	20662	5	5
prlctl	7.0.100	20746	0	0
kernel	3.10.0-327.18.2.vz7.15.2	20662	0	0
ploop	7.0.93-1.vz7	20781	10	10
layout		20662	5	15
layout	ploop	20662	5	15
layout	simfs	20662	0	0
prlctl		20781	15	15
prlctl	7.0.182	20781	10	10
memory	32-64 GiB	20662	5	5
ploop		20662	5	5
ploop	7.0.52-1.vz7	20662	0	0
readykernel		20781	15	15
prlctl		20662	5	5
prlctl	7.0.100	20662	0	0
virtualization		20781	25	25
readykernel		20662	5	5
readykernel	yes	20662	5	5
readykernel_patch		20662	5	5
readykernel_patch	89.0-r1	20662	5	5
running		20662	5	5
running	yes	20662	5	5
readykernel	yes	20781	15	15
services	firewalld	20662	5	5
readykernel_patch		20781	15	15
services	prl-disp	20662	5	5
services	tuned	20662	5	5
services	vcmmd	20662	5	5
services	vz	20662	5	5
readykernel_patch	89.0-r1	20781	15	15
ssd	yes	20662	5	5
templates		20662	5	20
templates	centos-6	20662	0	0
memory	32-64 GiB	20781	10	10
virtualization	vz7	20662	0	0
vm_memory		20662	5	10
vm_memory	<=2G	20662	5	5
vm_memory	<=8G	20662	5	5
vm_vcpus		20662	5	10
vm_vcpus	2	20662	5	5
vm_vcpus	<=4	20662	5	5
vms		20662	5	5
vms	yes	20662	5	5
vswap		20662	5	5
vswap	yes	20662	5	5
services		20781	20	95
services	firewalld	20781	15	15
services	libvirtd	20781	20	20
services	prl-disp	20781	15	15
services	tuned	20781	15	15
services	vcmmd	20781	15	15
services	vz	20781	15	15
ssd		20781	20	20
ssd	yes	20781	15	15
teaming		20781	20	20
teaming	no	20781	20	20
templates		20781	15	30
templates	centos-6	20781	10	10
virtualization	vz7	20781	15	15
vm_memory		20781	15	30
cpu_model		20760	5	5
cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20760	5	5
cpu_vendor		20760	5	5
cpu_vendor	intel	20760	5	5
ct_cpus		20760	5	50
ct_cpus	2	20760	5	10
ct_cpus	<=4	20760	0	0
services	iptables	20683	0	0
ct_cpus	unset	20760	5	40
ssd	yes	20683	0	0
virtualization	openvz-legacy	20683	0	0
vswap		20683	0	0
vswap	yes	20683	0	0
vzctl	4.9.4	20746	0	0
vzctl		20683	0	0
vzctl		20662	5	5
vzctl	7.0.100	20662	0	0
vzctl	7.0.100	20746	0	0
vzkernel		20662	5	5
vzctl	4.3	20683	0	0
vzkernel	3.10.0-327.18.2.vz7.15.2	20746	0	0
ct_disk		20760	5	50
vzkernel	2.6.32	20746	0	0
vzkernel		20683	0	0
vzkernel	2.6.32-042stab134.8	20683	0	0
ct_disk	<=10G	20760	5	25
vzkernel	2.6.32-042stab145.3	20683	0	0
ct_disk	<=50G	20760	5	10
vzctl	4.9.4	20711	0	0
bonding	no	20746	0	0
cpu_model	AMD EPYC 7302P 16-Core Processor	20746	0	0
cpu_vendor	amd	20746	0	0
distribution	debian 12	20746	0	0
kernel	6.1.0-26-amd64	20746	0	0
memory	4-8 GiB	20746	0	0
virtualization	openvz-legacy	20711	0	0
vzkernel		20711	0	0
vswap		20711	0	0
vzkernel	2.6.32	20711	0	0
vswap	yes	20711	0	0
vzctl		20711	0	0
ct_disk	<=20G	20781	5	5
ct_os	debian-9.0	20781	5	5
ct_os	vzlinux-7	20781	5	5
ct_ram	<=8G	20781	5	5
ploop	7.0.270-1.vz7	20781	5	5
bonding		20760	5	5
bonding	yes	20760	0	0
container_count		20760	5	5
container_count	1-5	20760	0	0
containers		20760	5	5
prlctl	7.0.240	20781	5	5
container_count	6-20	20746	0	0
containers	yes	20760	5	5
cpu_cores		20760	5	5
ct_os	debian-7.0	20746	0	0
templates	centos-7	20781	5	5
templates	debian-9.0	20781	5	5
templates	ubuntu-16.04	20781	5	5
templates	vzlinux-7	20781	5	5
vm_memory	<=8G	20781	15	15
cpu_cores	4	20760	5	5
layout	simfs	20781	10	30
distribution	vzlinux 7.3	20746	0	0
ssd	no	20746	0	0
virtualization	other	20746	0	0
kernel	2.6.32-042stab145.3	20746	0	0
memory	<=1 GiB	20746	0	0
ploop	1.15	20746	0	0
virtualization	openvz-legacy	20746	0	0
ct_disk	<=100G	20781	5	5
ct_features	ppp	20746	0	0
ct_os	debian-7	20746	0	0
ct_ram	unlimited	20746	0	0
disk_kind	ssd	20746	0	0
disk_model	INTEL SSDSC2BB48	20746	0	0
disk_model	WDC WD1003FBYX-0	20746	0	0
distribution	centos 6.10	20746	0	0
ploop	1.9-1	20746	0	0
services	iptables	20746	0	0
vzctl	4.3	20746	0	0
vzkernel	2.6.32-042stab134.8	20746	0	0
vzkernel	2.6.32-042stab145.3	20746	0	0
memory	128-256 GiB	20781	5	5
vm_memory	<=2G	20781	15	15
vm_vcpus		20781	15	30
vm_vcpus	2	20781	15	15
vm_vcpus	<=4	20781	15	15
vms		20781	15	15
vms	yes	20781	15	15
vzctl	7.0.229	20781	15	15
ct_ram		20760	5	50
ct_ram	<=1G	20760	5	5
ct_ram	<=2G	20760	5	10
ct_ram	<=4G	20760	0	0
disk_kind		20760	5	10
disk_kind	hdd	20760	5	5
disk_kind	nvme	20760	0	0
disk_model		20760	5	10
disk_model	SAMSUNG MZQLB960HAJR-00007	20760	0	0
disk_model	ST2000NM0055-1V4	20760	0	0
distribution		20760	5	5
distribution	virtuozzo 7	20760	0	0
guest_os		20760	0	0
guest_os	centos	20760	0	0
guest_os	windows	20760	0	0
kernel		20760	5	5
kernel	3.10.0-1160.80.1.vz7.191.4	20760	0	0
layout		20760	5	50
layout	ploop	20760	0	0
memory		20760	5	5
memory	32-64 GiB	20760	0	0
ploop		20760	5	5
ploop	7.0.93-1.vz7	20760	0	0
prlctl		20760	0	0
prlctl	7.0.182	20760	0	0
readykernel		20760	0	0
readykernel	yes	20760	0	0
readykernel_patch		20760	0	0
readykernel_patch	89.0-r1	20760	0	0
running		20760	5	5
running	yes	20760	5	5
services		20760	5	10
services	firewalld	20760	0	0
services	libvirtd	20760	0	0
services	prl-disp	20760	0	0
services	tuned	20760	0	0
services	vcmmd	20760	0	0
services	vz	20760	5	5
ssd		20760	5	5
ssd	yes	20760	5	5
vzkernel	3.10.0-1160.80.1.vz7.191.4	20781	15	15
vzkernel	3.10.0-514.26.1.vz7.33.22	20769	0	0
vzkernel	3.10.0-514.26.1.vz7.33.22	20781	15	15
container_count	6-20	20781	5	5
ct_os	centos-6	20781	5	10
ct_os	debian-7.0	20781	5	5
distribution	vzlinux 7.3	20781	5	5
memory	<=1 GiB	20781	5	5
ploop	1.15	20781	5	5
virtualization	openvz-legacy	20781	5	5
vswap		20781	20	20
bonding	no	20781	5	5
cpu_model	AMD EPYC 7302P 16-Core Processor	20781	5	5
cpu_vendor	amd	20781	5	5
distribution	debian 12	20781	5	5
kernel	6.1.0-26-amd64	20781	5	5
memory	4-8 GiB	20781	5	5
ssd	no	20781	5	5
virtualization	other	20781	5	5
vswap	yes	20781	20	20
vzctl		20781	20	20
ct_features		20760	5	15
ct_features	fuse	20760	0	0
ct_features	nfs	20760	5	10
ct_os		20760	5	50
ct_os	centos-7	20760	0	0
ct_os	other	20760	5	5
ct_os	ubuntu-16.04	20760	0	0
vzctl	4.9.4	20781	5	5
vzkernel		20781	20	35
kernel	2.6.32-042stab145.3	20781	5	5
vzkernel	2.6.32	20781	5	5
bonding		20769	0	0
teaming		20760	5	5
teaming	no	20760	5	5
templates		20760	0	0
templates	centos-6	20760	0	0
virtualization		20760	5	5
virtualization	vz7	20760	0	0
vm_memory		20760	0	0
vm_memory	<=2G	20760	0	0
vm_memory	<=8G	20760	0	0
vm_vcpus		20760	0	0
bonding	no	20760	5	5
container_count	6-20	20760	5	5
ct_disk	<=20G	20760	5	15
ct_features	ppp	20760	5	5
ct_os	centos-6	20760	5	30
ct_os	debian-7	20760	5	10
ct_os	ubuntu-14.04	20760	5	5
ct_ram	<=512M	20760	5	15
ct_ram	unlimited	20760	5	20
disk_kind	ssd	20760	5	5
disk_model	INTEL SSDSC2BB48	20760	5	5
disk_model	WDC WD1003FBYX-0	20760	5	5
distribution	centos 6.10	20760	5	5
kernel	2.6.32-042stab145.3	20760	5	5
layout	simfs	20760	5	50
bonding	yes	20769	0	0
container_count		20769	0	0
container_count	1-5	20769	0	0
vswap	yes	20746	0	0
vzctl		20746	0	0
vzkernel		20746	0	0
containers		20769	0	0
containers	yes	20769	0	0
cpu_cores		20769	0	0
cpu_cores	4	20769	0	0
cpu_model		20769	0	0
cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20769	0	0
cpu_vendor		20769	0	0
cpu_vendor	intel	20769	0	0
ct_cpus		20769	0	0
vzctl	4.3	20760	5	5
ct_cpus	2	20769	0	0
ct_cpus	<=4	20769	0	0
vzkernel	2.6.32-042stab134.8	20760	5	5
ct_cpus	unset	20769	0	0
vzkernel	2.6.32-042stab145.3	20760	5	5
ct_disk		20769	0	0
ct_disk	<=10G	20769	0	0
vm_vcpus	2	20760	0	0
vm_vcpus	<=4	20760	0	0
memory	<=1 GiB	20760	5	5
ploop	1.9-1	20760	5	5
services	iptables	20760	5	5
ct_disk	<=50G	20769	0	0
ct_features		20769	0	0
ct_features	fuse	20769	0	0
virtualization	openvz-legacy	20760	5	5
vms		20760	0	0
vms	yes	20760	0	0
vswap		20760	5	5
vswap	yes	20760	5	5
vzctl		20760	5	5
vzctl	7.0.229	20760	0	0
vzkernel		20760	5	10
vzkernel	3.10.0-1160.80.1.vz7.191.4	20760	0	0
vzkernel	3.10.0-514.26.1.vz7.33.22	20760	0	0
ct_features	nfs	20769	0	0
ct_os		20769	0	0
ct_os	centos-7	20769	0	0
ct_os	other	20769	0	0
ct_os	ubuntu-16.04	20769	0	0
ct_ram		20769	0	0
ct_ram	<=1G	20769	0	0
ct_ram	<=2G	20769	0	0
ct_ram	<=4G	20769	0	0
disk_kind		20769	0	0
disk_kind	hdd	20769	0	0
disk_kind	nvme	20769	0	0
disk_model		20769	0	0
disk_model	SAMSUNG MZQLB960HAJR-00007	20769	0	0
disk_model	ST2000NM0055-1V4	20769	0	0
distribution		20769	0	0
distribution	virtuozzo 7	20769	0	0
guest_os		20769	0	0
guest_os	centos	20769	0	0
guest_os	windows	20769	0	0
kernel		20769	0	0
kernel	3.10.0-1160.80.1.vz7.191.4	20769	0	0
layout		20769	0	0
layout	ploop	20769	0	0
memory		20769	0	0
memory	128-256 GiB	20769	0	0
bonding	yes	20774	0	0
ploop		20769	0	0
container_count		20774	3	3
ploop	7.0.93-1.vz7	20769	0	0
prlctl		20769	0	0
prlctl	7.0.182	20769	0	0
readykernel		20769	0	0
bonding		20774	0	0
readykernel	yes	20769	0	0
readykernel_patch		20769	0	0
readykernel_patch	89.0-r1	20769	0	0
running		20769	0	0
running	yes	20769	0	0
services		20769	0	0
services	firewalld	20769	0	0
services	libvirtd	20769	0	0
services	prl-disp	20769	0	0
services	tuned	20769	0	0
services	vcmmd	20769	0	0
services	vz	20769	0	0
ssd		20769	0	0
ssd	yes	20769	0	0
teaming		20769	0	0
teaming	no	20769	0	0
templates		20769	0	0
templates	centos-6	20769	0	0
virtualization		20769	0	0
virtualization	vz7	20769	0	0
vm_memory		20769	0	0
vm_memory	<=2G	20769	0	0
vm_memory	<=8G	20769	0	0
vm_vcpus		20769	0	0
vm_vcpus	2	20769	0	0
vm_vcpus	<=4	20769	0	0
vms		20769	0	0
vms	yes	20769	0	0
vswap		20769	0	0
vswap	yes	20769	0	0
vzctl		20769	0	0
vzctl	7.0.229	20769	0	0
vzkernel		20769	0	0
vzkernel	3.10.0-1160.80.1.vz7.191.4	20769	0	0
cpu_vendor	intel	20774	3	3
ct_cpus		20774	0	0
ct_cpus	2	20774	0	0
ct_cpus	<=4	20774	0	0
ct_cpus	unset	20774	0	0
ct_disk		20774	0	0
ct_disk	<=10G	20774	0	0
ct_disk	<=50G	20774	0	0
ct_features		20774	0	0
ct_features	fuse	20774	0	0
ct_features	nfs	20774	0	0
ct_os		20774	3	6
ct_os	centos-7	20774	0	0
ct_os	other	20774	0	0
ct_os	ubuntu-16.04	20774	0	0
ct_ram		20774	0	0
ct_ram	<=1G	20774	0	0
ct_ram	<=2G	20774	0	0
ct_ram	<=4G	20774	0	0
disk_kind	nvme	20774	0	0
disk_model		20774	0	0
disk_model	SAMSUNG MZQLB960HAJR-00007	20774	0	0
cpu_cores		20774	0	0
cpu_cores	4	20774	0	0
cpu_model		20774	3	3
cpu_vendor		20774	3	3
disk_kind		20774	0	0
disk_kind	hdd	20774	0	0
container_count	1-5	20774	0	0
containers		20774	3	3
containers	yes	20774	3	3
cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20774	0	0
disk_model	ST2000NM0055-1V4	20774	0	0
distribution	virtuozzo 7	20774	0	0
ct_os	centos-6	20774	0	0
ct_disk	<=20G	20774	0	0
ct_os	ubuntu-14.04	20774	0	0
ct_ram	<=512M	20774	0	0
kernel	3.10.0-327.18.2.vz7.15.2	20774	0	0
layout	simfs	20774	3	15
ploop	7.0.52-1.vz7	20774	0	0
prlctl	7.0.100	20774	0	0
guest_os		20774	0	0
guest_os	centos	20774	0	0
guest_os	windows	20774	0	0
kernel	3.10.0-1160.80.1.vz7.191.4	20774	0	0
layout		20774	3	27
layout	ploop	20774	3	12
memory	32-64 GiB	20774	0	0
ploop		20774	0	0
ploop	7.0.93-1.vz7	20774	0	0
prlctl		20774	0	0
prlctl	7.0.182	20774	0	0
readykernel		20774	0	0
readykernel	yes	20774	0	0
readykernel_patch		20774	0	0
readykernel_patch	89.0-r1	20774	0	0
running		20774	3	3
running	yes	20774	3	3
services	firewalld	20774	0	0
services	prl-disp	20774	0	0
services	tuned	20774	0	0
services	vcmmd	20774	0	0
distribution		20774	3	3
services	vz	20774	0	0
ssd	yes	20774	0	0
templates		20774	0	0
templates	centos-6	20774	0	0
kernel		20774	3	3
memory		20774	3	3
services		20774	0	0
virtualization	vz7	20774	0	0
vm_memory		20774	0	0
vm_memory	<=2G	20774	0	0
vm_memory	<=8G	20774	0	0
vm_vcpus		20774	0	0
services	libvirtd	20774	0	0
vm_vcpus	2	20774	0	0
ssd		20774	0	0
teaming		20774	0	0
vm_vcpus	<=4	20774	0	0
vms		20774	0	0
teaming	no	20774	0	0
vms	yes	20774	0	0
vswap		20774	3	3
vzctl	7.0.229	20774	0	0
vzkernel	3.10.0-1160.80.1.vz7.191.4	20774	0	0
vzkernel	3.10.0-514.26.1.vz7.33.22	20774	0	0
virtualization		20774	3	3
vzkernel	2.6.32	20774	0	0
bonding		20776	0	0
vswap	yes	20774	3	3
bonding	yes	20776	0	0
vzctl		20774	3	3
vzkernel		20774	0	0
ct_cpus	<=4	20776	0	0
ct_cpus	unset	20776	0	0
ct_disk		20776	0	0
ct_disk	<=100G	20776	0	0
container_count	6-20	20774	3	3
container_count	1-5	20776	0	0
bonding	no	20774	0	0
cpu_model	AMD EPYC 7302P 16-Core Processor	20774	0	0
cpu_vendor	amd	20774	0	0
distribution	debian 12	20774	0	0
kernel	6.1.0-26-amd64	20774	0	0
ct_os	debian-7.0	20774	3	3
ct_cpus		20776	0	0
ct_disk	<=10G	20776	0	0
cpu_model	Intel(R) Core(TM)2 CPU T7400 @ 2.16GHz	20774	3	3
ct_disk	<=20G	20776	0	0
ct_os	ubuntu-12.04	20774	3	3
ct_disk	<=50G	20776	0	0
kernel	2.6.32-042stab134.8	20774	3	3
ct_features		20776	0	0
ct_features	nfs	20776	0	0
ct_cpus	2	20776	0	0
vzctl	3.0.30.2	20774	3	3
ct_os	centos-7	20776	0	0
ct_os	debian-9.0	20776	0	0
ct_os	ubuntu-16.04	20776	0	0
ct_os	vzlinux-7	20776	0	0
ct_ram		20776	0	0
ct_ram	<=1G	20776	0	0
container_count		20776	0	0
containers		20776	0	0
containers	yes	20776	0	0
cpu_cores		20776	0	0
cpu_cores	4	20776	0	0
cpu_model		20776	0	0
cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20776	0	0
cpu_vendor		20776	0	0
cpu_vendor	intel	20776	0	0
ct_os		20776	0	0
memory	4-8 GiB	20774	0	0
ssd	no	20774	0	0
vzctl	7.0.100	20774	0	0
virtualization	other	20774	0	0
vzkernel	3.10.0-327.18.2.vz7.15.2	20774	0	0
distribution	vzlinux 7.3	20774	3	3
kernel	2.6.32-042stab145.3	20774	0	0
memory	<=1 GiB	20774	3	3
ploop	1.15	20774	0	0
virtualization	openvz-legacy	20774	3	3
vzctl	4.9.4	20774	0	0
ct_ram	<=2G	20776	0	0
ct_ram	<=4G	20776	0	0
ct_ram	<=8G	20776	0	0
disk_kind		20776	0	0
disk_kind	hdd	20776	0	0
disk_kind	nvme	20776	0	0
disk_model		20776	0	0
disk_model	SAMSUNG MZQLB960HAJR-00007	20776	0	0
disk_model	ST2000NM0055-1V4	20776	0	0
distribution	virtuozzo 7	20776	0	0
guest_os		20776	0	0
guest_os	centos	20776	0	0
guest_os	windows	20776	0	0
kernel	3.10.0-1160.80.1.vz7.191.4	20776	0	0
memory	32-64 GiB	20776	0	0
ploop	7.0.270-1.vz7	20776	0	0
prlctl		20776	0	0
prlctl	7.0.240	20776	0	0
readykernel		20776	0	0
readykernel	yes	20776	0	0
readykernel_patch		20776	0	0
readykernel_patch	89.0-r1	20776	0	0
services		20776	0	0
services	firewalld	20776	0	0
services	libvirtd	20776	0	0
services	prl-disp	20776	0	0
services	tuned	20776	0	0
services	vcmmd	20776	0	0
services	vz	20776	0	0
ssd		20776	0	0
ssd	yes	20776	0	0
teaming		20776	0	0
teaming	no	20776	0	0
templates		20776	0	0
templates	centos-7	20776	0	0
templates	debian-9.0	20776	0	0
templates	ubuntu-16.04	20776	0	0
templates	vzlinux-7	20776	0	0
virtualization	vz7	20776	0	0
vm_memory		20776	0	0
vm_memory	<=2G	20776	0	0
vms		20776	0	0
distribution		20776	0	0
kernel		20776	0	0
layout		20776	0	0
layout	ploop	20776	0	0
layout	simfs	20776	0	0
memory		20776	0	0
ploop		20776	0	0
running		20776	0	0
running	yes	20776	0	0
virtualization		20776	0	0
container_count	6-20	20776	0	0
ct_os	centos-6	20776	0	0
ct_os	debian-7.0	20776	0	0
distribution	vzlinux 7.3	20776	0	0
kernel	2.6.32-042stab145.3	20776	0	0
memory	<=1 GiB	20776	0	0
ploop	1.15	20776	0	0
virtualization	openvz-legacy	20776	0	0
vswap		20776	0	0
vswap	yes	20776	0	0
vzctl		20776	0	0
vzctl	4.9.4	20776	0	0
vzkernel		20776	0	0
vzkernel	2.6.32	20776	0	0
vm_memory	<=8G	20776	0	0
vm_vcpus		20776	0	0
vm_vcpus	2	20776	0	0
vm_vcpus	<=4	20776	0	0
vms	yes	20776	0	0
vzctl	7.0.229	20776	0	0
vzkernel	3.10.0-1160.80.1.vz7.191.4	20776	0	0
vzkernel	3.10.0-514.26.1.vz7.33.22	20776	0	0
\.


--
-- Data for Name: dist_week; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.dist_week (dist, key, week, hosts, units) FROM stdin;
ct_disk	<=50G	2952	10	10
ct_features		2952	10	10
ct_features	nfs	2952	10	10
ct_os		2952	15	50
ct_ram		2952	10	35
ct_ram	<=1G	2952	10	10
ct_ram	<=2G	2952	10	10
ct_ram	<=4G	2952	10	10
ct_os	centos-7	2952	5	10
ct_os	ubuntu-14.04	2952	5	5
ct_ram	<=512M	2952	5	5
bonding		2952	20	20
cpu_cores		2952	25	25
cpu_cores	4	2952	25	25
cpu_model		2952	25	25
cpu_vendor		2952	25	25
ct_os	centos-6	2952	10	15
bonding	yes	2952	10	10
container_count		2952	15	15
container_count	1-5	2952	10	10
containers		2952	15	15
containers	yes	2952	15	15
cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2952	15	15
cpu_vendor	intel	2952	15	15
ct_cpus		2952	10	35
ct_cpus	2	2952	10	10
ct_cpus	unset	2952	10	20
ct_disk		2952	10	35
ct_disk	<=10G	2952	10	15
ct_disk	<=20G	2952	10	10
services		2952	20	70
services	libvirtd	2952	20	20
ssd		2952	20	20
teaming		2952	20	20
teaming	no	2952	20	20
virtualization		2952	25	25
distribution	virtuozzo 7	2952	5	5
kernel	3.10.0-327.18.2.vz7.15.2	2952	5	5
cpu_vendor	intel	2964	20	20
disk_kind	nvme	2952	10	10
disk_model		2952	10	30
ploop	7.0.52-1.vz7	2952	5	5
ct_os		2964	20	105
prlctl	7.0.100	2952	5	5
disk_model	SAMSUNG MZQLB960HAJR-00007	2952	10	10
disk_model	ST2000NM0055-1V4	2952	10	20
containers	yes	2964	20	20
cpu_cores		2964	25	25
guest_os		2952	10	20
cpu_cores	4	2964	25	25
cpu_model		2964	25	25
ssd		2959	5	5
ssd	no	2959	5	5
guest_os	centos	2952	10	10
teaming		2959	5	5
guest_os	windows	2952	10	10
teaming	no	2959	5	5
virtualization		2959	13	13
templates	centos-6	2952	5	5
layout		2952	15	80
virtualization	vz7	2952	5	5
virtualization	other	2959	5	5
layout	ploop	2952	15	50
memory	32-64 GiB	2952	10	10
vzctl	7.0.100	2952	5	5
ploop		2952	15	15
prlctl		2952	10	10
cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2964	20	20
cpu_vendor		2964	25	25
layout	simfs	2952	10	30
ct_os	centos-7	2964	10	20
readykernel		2952	10	10
readykernel	yes	2952	10	10
readykernel_patch		2952	10	10
readykernel_patch	89.0-r1	2952	10	10
running		2952	15	15
running	yes	2952	15	15
services	firewalld	2952	10	10
services	prl-disp	2952	10	10
services	tuned	2952	10	10
services	vcmmd	2952	10	10
services	vz	2952	10	10
ssd	yes	2952	10	10
templates		2952	10	25
vm_memory		2952	10	20
vm_memory	<=2G	2952	10	10
vm_memory	<=8G	2952	10	10
vm_vcpus		2952	10	20
disk_kind		2952	20	50
disk_kind	hdd	2952	20	40
distribution		2952	25	25
vm_vcpus	2	2952	10	10
vm_vcpus	<=4	2952	10	10
vms		2952	10	10
vms	yes	2952	10	10
vswap		2952	15	15
kernel		2952	25	25
vswap	yes	2952	15	15
vzctl		2952	15	15
vzkernel		2952	15	15
memory		2952	25	25
ct_cpus		2964	15	90
ct_cpus	2	2964	15	20
ct_cpus	unset	2964	15	65
ct_disk		2964	15	90
ct_disk	<=10G	2964	15	45
ct_disk	<=50G	2964	15	25
ct_cpus	<=4	2964	5	5
ct_features		2964	15	30
ct_features	nfs	2964	15	20
ct_os	other	2964	10	10
ct_ram		2964	15	90
ct_features	fuse	2964	5	5
ct_ram	<=1G	2964	15	20
ct_ram	<=2G	2964	15	20
ct_os	ubuntu-16.04	2964	5	5
bonding		2969	20	20
container_count		2969	20	20
containers		2969	20	20
bonding	yes	2969	15	15
container_count	1-5	2969	15	15
vzkernel	3.10.0-327.18.2.vz7.15.2	2952	5	5
bonding		2955	10	10
bonding	no	2955	10	10
cpu_cores		2955	10	10
cpu_cores	4	2955	10	10
cpu_model		2955	10	10
cpu_vendor		2955	10	10
disk_kind		2955	10	20
disk_kind	hdd	2955	10	15
bonding	no	2952	10	10
cpu_model	AMD EPYC 7302P 16-Core Processor	2952	10	10
cpu_vendor	amd	2952	10	10
distribution	debian 12	2952	10	10
kernel	6.1.0-26-amd64	2952	10	10
memory	4-8 GiB	2952	10	10
ssd	no	2952	10	10
virtualization	other	2952	10	10
ct_cpus	<=4	2952	5	5
ct_os	almalinux-9	2952	5	5
ct_os	ubuntu-22.04	2952	5	5
ct_os	vzlinux-9	2952	5	5
distribution	virtuozzo 9	2952	5	5
kernel	5.14.0-427.33.1.vz9.72.4	2952	5	5
container_count	6-20	2952	5	5
ct_os	debian-7.0	2952	5	5
distribution	vzlinux 7.3	2952	5	5
kernel	2.6.32-042stab145.3	2952	5	5
memory	<=1 GiB	2952	5	5
ploop	1.15	2952	5	5
virtualization	openvz-legacy	2952	5	5
vzctl	4.9.4	2952	5	5
vzkernel	2.6.32	2952	5	5
ploop	9.0.23-1.vz9	2952	5	5
prlctl	9.0.3	2952	5	5
templates	almalinux-9	2952	5	5
templates	centos-7	2952	5	5
templates	ubuntu-22.04	2952	5	5
templates	vzlinux-9	2952	5	5
virtualization	vz9	2952	5	5
vzctl	9.0.1	2952	5	5
vzkernel	5.14.0-427.33.1.vz9.72.4	2952	5	5
container_count		2955	5	5
container_count	6-20	2955	5	5
containers		2955	5	5
containers	yes	2955	5	5
cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2955	5	5
cpu_vendor	intel	2955	5	5
ct_cpus		2955	5	50
ct_cpus	2	2955	5	10
ct_cpus	unset	2955	5	40
ct_disk		2955	5	50
ct_disk	<=10G	2955	5	25
ct_disk	<=20G	2955	5	15
ct_disk	<=50G	2955	5	10
ct_features		2955	5	15
ct_features	nfs	2955	5	10
ct_features	ppp	2955	5	5
ct_os		2955	5	50
ct_os	centos-6	2955	5	30
ct_os	debian-7	2955	5	10
ct_os	other	2955	5	5
ct_os	ubuntu-14.04	2955	5	5
ct_ram		2955	5	50
ct_ram	<=1G	2955	5	5
ct_ram	<=2G	2955	5	10
ct_ram	<=512M	2955	5	15
ct_ram	unlimited	2955	5	20
disk_kind	ssd	2955	5	5
disk_model		2955	5	10
ssd		2955	10	10
ssd	no	2955	5	5
teaming		2955	10	10
teaming	no	2955	10	10
virtualization		2955	10	10
virtualization	other	2955	5	5
disk_model	INTEL SSDSC2BB48	2955	5	5
disk_model	WDC WD1003FBYX-0	2955	5	5
distribution	centos 6.10	2955	5	5
kernel	2.6.32-042stab145.3	2955	5	5
layout		2955	5	50
layout	simfs	2955	5	50
memory	<=1 GiB	2955	5	5
ploop		2955	5	5
ploop	1.9-1	2955	5	5
running		2955	5	5
running	yes	2955	5	5
services	iptables	2955	5	5
container_count		2959	8	8
container_count	6-20	2959	8	8
containers		2959	8	8
containers	yes	2959	8	8
cpu_model	Intel(R) Core(TM)2 CPU T7400 @ 2.16GHz	2959	3	3
container_count	1-5	2964	10	10
cpu_vendor	intel	2959	8	8
ct_os		2959	8	21
ct_os	debian-7.0	2959	8	8
ct_os	ubuntu-12.04	2959	3	3
distribution	vzlinux 7.3	2959	8	8
cpu_model	AMD EPYC 7302P 16-Core Processor	2955	5	5
cpu_vendor	amd	2955	5	5
distribution		2955	10	10
distribution	debian 12	2955	5	5
kernel		2955	10	10
kernel	6.1.0-26-amd64	2955	5	5
memory		2955	10	10
memory	4-8 GiB	2955	5	5
services		2955	10	15
services	libvirtd	2955	5	5
services	vz	2955	5	5
ssd	yes	2955	5	5
bonding		2964	20	20
virtualization	openvz-legacy	2955	5	5
vswap		2955	5	5
vswap	yes	2955	5	5
vzctl		2955	5	5
vzctl	4.3	2955	5	5
vzkernel		2955	5	10
vzkernel	2.6.32-042stab134.8	2955	5	5
vzkernel	2.6.32-042stab145.3	2955	5	5
kernel	2.6.32-042stab134.8	2959	3	3
layout		2959	8	72
layout	ploop	2959	8	32
layout	simfs	2959	8	40
memory	<=1 GiB	2959	8	8
running		2959	8	8
running	yes	2959	8	8
container_count		2964	20	20
virtualization	openvz-legacy	2959	8	8
bonding		2959	5	5
bonding	no	2959	5	5
cpu_cores		2959	10	10
cpu_cores	4	2959	10	10
cpu_model		2959	13	13
cpu_model	AMD EPYC 7302P 16-Core Processor	2959	5	5
cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2959	5	5
cpu_vendor		2959	13	13
ct_os	centos-6	2959	5	10
kernel	2.6.32-042stab145.3	2959	5	5
cpu_vendor	amd	2959	5	5
ploop		2959	5	5
ploop	1.15	2959	5	5
containers		2964	20	20
bonding	yes	2964	10	10
vswap		2959	8	8
vswap	yes	2959	8	8
vzctl	4.9.4	2959	5	5
vzkernel		2959	5	5
vzkernel	2.6.32	2959	5	5
vzctl		2959	8	8
vzctl	3.0.30.2	2959	3	3
disk_kind		2959	5	10
disk_kind	hdd	2959	5	10
distribution		2959	13	13
distribution	debian 12	2959	5	5
kernel		2959	13	13
kernel	6.1.0-26-amd64	2959	5	5
memory		2959	13	13
memory	4-8 GiB	2959	5	5
services		2959	5	5
services	libvirtd	2959	5	5
ct_ram	<=4G	2964	10	10
services	vz	2964	15	15
disk_kind	nvme	2964	10	10
ssd	yes	2964	15	15
disk_model	SAMSUNG MZQLB960HAJR-00007	2964	10	10
disk_model	ST2000NM0055-1V4	2964	10	20
distribution	virtuozzo 7	2964	10	10
guest_os		2964	10	20
guest_os	centos	2964	10	10
guest_os	windows	2964	10	10
memory	32-64 GiB	2964	10	10
prlctl		2964	10	10
readykernel		2964	10	10
readykernel	yes	2964	10	10
readykernel_patch		2964	10	10
readykernel_patch	89.0-r1	2964	10	10
services	firewalld	2964	10	10
services	prl-disp	2964	10	10
services	tuned	2964	10	10
services	vcmmd	2964	10	10
templates		2964	10	10
templates	centos-6	2964	10	10
virtualization	vz7	2964	10	10
vm_memory		2964	10	20
vm_memory	<=2G	2964	10	10
vm_memory	<=8G	2964	10	10
vm_vcpus		2964	10	20
vm_vcpus	2	2964	10	10
vm_vcpus	<=4	2964	10	10
vms		2964	10	10
vms	yes	2964	10	10
disk_kind		2964	20	50
disk_kind	hdd	2964	20	35
services		2964	20	75
services	libvirtd	2964	15	15
ssd		2964	20	20
teaming		2964	20	20
teaming	no	2964	20	20
disk_model		2964	15	40
kernel	3.10.0-1160.80.1.vz7.191.4	2964	5	5
ploop	7.0.93-1.vz7	2964	5	5
prlctl	7.0.182	2964	5	5
distribution		2964	25	25
kernel		2964	25	25
layout		2964	20	135
layout	ploop	2964	15	55
memory		2964	25	25
ploop		2964	20	20
running		2964	20	20
running	yes	2964	20	20
virtualization		2964	25	25
vswap		2964	20	20
vswap	yes	2964	20	20
vzctl		2964	20	20
vzctl	7.0.229	2964	5	5
containers	yes	2969	20	20
cpu_cores		2969	25	25
cpu_cores	4	2969	25	25
cpu_model		2969	25	25
cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2969	20	20
cpu_vendor		2969	25	25
ct_cpus		2966	10	70
ct_cpus	2	2966	10	15
ct_cpus	unset	2966	10	50
ct_disk	<=20G	2964	10	20
vzkernel	3.10.0-1160.80.1.vz7.191.4	2964	5	5
vzkernel	3.10.0-514.26.1.vz7.33.22	2964	5	5
ct_features	ppp	2964	5	5
ct_disk		2966	10	70
ct_os	debian-7	2964	5	10
ct_os	ubuntu-14.04	2964	10	10
ct_ram	<=512M	2964	10	20
ct_ram	unlimited	2964	5	20
disk_kind	ssd	2964	5	5
ct_disk	<=10G	2966	10	35
ct_disk	<=50G	2966	10	20
ct_features		2966	10	25
ct_features	nfs	2966	10	15
ct_os		2966	10	70
ct_os	other	2966	10	10
container_count	6-20	2964	10	10
bonding	no	2964	10	10
cpu_model	AMD EPYC 7302P 16-Core Processor	2964	5	5
cpu_vendor	amd	2964	5	5
distribution	debian 12	2964	5	5
kernel	6.1.0-26-amd64	2964	5	5
memory	4-8 GiB	2964	5	5
ssd	no	2964	5	5
virtualization	other	2964	5	5
ct_os	centos-6	2964	15	45
ct_os	debian-7.0	2964	5	5
distribution	vzlinux 7.3	2964	5	5
kernel	2.6.32-042stab145.3	2964	10	10
layout	simfs	2964	15	80
memory	<=1 GiB	2964	10	10
ploop	1.15	2964	5	5
virtualization	openvz-legacy	2964	10	10
vzctl	4.9.4	2964	5	5
kernel	3.10.0-327.18.2.vz7.15.2	2964	5	5
vzkernel		2964	20	30
ploop	7.0.52-1.vz7	2964	5	5
prlctl	7.0.100	2964	5	5
vzctl	7.0.100	2964	5	5
vzkernel	2.6.32	2964	5	5
vzkernel	3.10.0-327.18.2.vz7.15.2	2964	5	5
disk_model	INTEL SSDSC2BB48	2964	5	5
disk_model	WDC WD1003FBYX-0	2964	5	5
distribution	centos 6.10	2964	5	5
ploop	1.9-1	2964	5	5
services	iptables	2964	5	5
vzctl	4.3	2964	5	5
vzkernel	2.6.32-042stab134.8	2964	5	5
vzkernel	2.6.32-042stab145.3	2964	5	5
bonding	yes	2966	5	5
container_count	1-5	2966	5	5
bonding		2966	10	10
container_count		2966	10	10
containers		2966	10	10
containers	yes	2966	10	10
cpu_cores		2966	10	10
ct_cpus	<=4	2966	5	5
ct_features	fuse	2966	5	5
ct_os	centos-7	2966	5	10
ct_disk	<=50G	2969	15	25
ct_features		2969	15	25
ct_features	fuse	2969	10	10
ct_features	nfs	2969	15	15
cpu_cores	4	2966	10	10
cpu_model		2966	10	10
cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2966	10	10
cpu_vendor		2966	10	10
cpu_vendor	intel	2966	10	10
ct_cpus		2969	15	65
ct_cpus	2	2969	15	15
ct_cpus	<=4	2969	15	15
ct_cpus	unset	2969	15	35
ct_disk		2969	15	65
ct_disk	<=10G	2969	15	30
cpu_vendor	intel	2969	20	20
services		2966	10	40
services	vz	2966	10	10
ssd		2966	10	10
ssd	yes	2966	10	10
teaming		2966	10	10
teaming	no	2966	10	10
virtualization		2966	10	10
ct_os	ubuntu-16.04	2966	5	5
ct_ram	<=4G	2966	5	5
disk_kind	nvme	2966	5	5
disk_model	SAMSUNG MZQLB960HAJR-00007	2966	5	5
disk_model	ST2000NM0055-1V4	2966	5	10
distribution	virtuozzo 7	2966	5	5
guest_os		2966	5	10
guest_os	centos	2966	5	5
guest_os	windows	2966	5	5
ct_ram		2966	10	70
kernel	3.10.0-1160.80.1.vz7.191.4	2966	5	5
ct_ram	<=1G	2966	10	15
layout	ploop	2966	5	20
ct_ram	<=2G	2966	10	15
memory	32-64 GiB	2966	5	5
disk_kind		2966	10	25
ploop	7.0.93-1.vz7	2966	5	5
prlctl		2966	5	5
prlctl	7.0.182	2966	5	5
readykernel		2966	5	5
readykernel	yes	2966	5	5
readykernel_patch		2966	5	5
readykernel_patch	89.0-r1	2966	5	5
disk_kind	hdd	2966	10	15
disk_model		2966	10	25
distribution		2966	10	10
services	firewalld	2966	5	5
services	libvirtd	2966	5	5
services	prl-disp	2966	5	5
services	tuned	2966	5	5
services	vcmmd	2966	5	5
kernel		2966	10	10
layout		2966	10	70
memory		2966	10	10
ploop		2966	10	10
running		2966	10	10
templates		2966	5	5
templates	centos-6	2966	5	5
running	yes	2966	10	10
virtualization	vz7	2966	5	5
vm_memory		2966	5	10
vm_memory	<=2G	2966	5	5
vm_memory	<=8G	2966	5	5
vm_vcpus		2966	5	10
vm_vcpus	2	2966	5	5
memory	<=1 GiB	2966	5	5
ploop	1.9-1	2966	5	5
services	iptables	2966	5	5
virtualization	openvz-legacy	2966	5	5
vswap		2966	10	10
vm_vcpus	<=4	2966	5	5
vms		2966	5	5
vms	yes	2966	5	5
vzctl	7.0.229	2966	5	5
vzkernel	3.10.0-1160.80.1.vz7.191.4	2966	5	5
vzkernel	3.10.0-514.26.1.vz7.33.22	2966	5	5
bonding		2967	5	5
vswap	yes	2966	10	10
vzctl		2966	10	10
vzctl	4.3	2966	5	5
vzkernel		2966	10	20
vzkernel	2.6.32-042stab134.8	2966	5	5
vzkernel	2.6.32-042stab145.3	2966	5	5
bonding	yes	2967	5	5
container_count		2967	5	5
container_count	1-5	2967	5	5
containers		2967	5	5
containers	yes	2967	5	5
cpu_cores		2967	5	5
cpu_cores	4	2967	5	5
cpu_model		2967	5	5
cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2967	5	5
cpu_vendor		2967	5	5
cpu_vendor	intel	2967	5	5
ct_cpus		2967	5	20
ct_cpus	2	2967	5	5
bonding	no	2966	5	5
container_count	6-20	2966	5	5
ct_disk	<=20G	2966	5	15
ct_features	ppp	2966	5	5
ct_os	centos-6	2966	5	30
ct_os	debian-7	2966	5	10
ct_os	ubuntu-14.04	2966	5	5
ct_ram	<=512M	2966	5	15
ct_ram	unlimited	2966	5	20
disk_kind	ssd	2966	5	5
disk_model	INTEL SSDSC2BB48	2966	5	5
disk_model	WDC WD1003FBYX-0	2966	5	5
distribution	centos 6.10	2966	5	5
kernel	2.6.32-042stab145.3	2966	5	5
layout	simfs	2966	5	50
ct_cpus	<=4	2967	5	5
ct_cpus	unset	2967	5	10
ct_disk		2967	5	20
ct_disk	<=10G	2967	5	10
ct_disk	<=50G	2967	5	10
ct_features		2967	5	10
ct_features	fuse	2967	5	5
ct_features	nfs	2967	5	5
ct_os		2967	5	20
ct_os	centos-7	2967	5	10
ct_os	other	2967	5	5
ct_os	ubuntu-16.04	2967	5	5
ct_os	centos-7	2969	15	30
ct_os	other	2969	10	10
ct_os	ubuntu-16.04	2969	15	15
ploop	7.0.93-1.vz7	2969	10	10
prlctl	7.0.182	2969	10	10
templates	centos-6	2969	10	10
ct_os		2969	20	80
ct_ram		2967	5	20
ct_ram	<=1G	2967	5	10
ct_ram	<=2G	2967	5	5
ct_ram	<=4G	2967	5	5
disk_kind		2967	5	15
disk_kind	hdd	2967	5	10
disk_kind	nvme	2967	5	5
disk_model		2967	5	15
disk_model	SAMSUNG MZQLB960HAJR-00007	2967	5	5
disk_model	ST2000NM0055-1V4	2967	5	10
distribution		2967	5	5
distribution	virtuozzo 7	2967	5	5
guest_os		2967	5	10
guest_os	centos	2967	5	5
guest_os	windows	2967	5	5
kernel		2967	5	5
kernel	3.10.0-1160.80.1.vz7.191.4	2967	5	5
layout		2967	5	20
layout	ploop	2967	5	20
memory		2967	5	5
memory	128-256 GiB	2967	5	5
ploop		2967	5	5
ploop	7.0.93-1.vz7	2967	5	5
prlctl		2967	5	5
prlctl	7.0.182	2967	5	5
readykernel		2967	5	5
readykernel	yes	2967	5	5
readykernel_patch		2967	5	5
readykernel_patch	89.0-r1	2967	5	5
running		2967	5	5
running	yes	2967	5	5
services		2967	5	30
services	firewalld	2967	5	5
services	libvirtd	2967	5	5
services	prl-disp	2967	5	5
services	tuned	2967	5	5
services	vcmmd	2967	5	5
services	vz	2967	5	5
ssd		2967	5	5
ssd	yes	2967	5	5
teaming		2967	5	5
teaming	no	2967	5	5
templates		2967	5	5
templates	centos-6	2967	5	5
virtualization		2967	5	5
virtualization	vz7	2967	5	5
vm_memory		2967	5	10
vm_memory	<=2G	2967	5	5
vm_memory	<=8G	2967	5	5
vm_vcpus		2967	5	10
vm_vcpus	2	2967	5	5
vm_vcpus	<=4	2967	5	5
vms		2967	5	5
vms	yes	2967	5	5
ct_os	vzlinux-7	2969	5	5
ct_ram	<=8G	2969	5	5
ct_ram		2969	15	65
ct_ram	<=1G	2969	15	30
ct_ram	<=2G	2969	15	15
ct_ram	<=4G	2969	15	15
disk_kind		2969	20	55
disk_kind	hdd	2969	20	40
disk_kind	nvme	2969	15	15
disk_model		2969	15	45
disk_model	SAMSUNG MZQLB960HAJR-00007	2969	15	15
ct_disk	<=100G	2969	5	5
ct_disk	<=20G	2969	5	5
ct_os	debian-9.0	2969	5	5
vswap		2967	5	5
vswap	yes	2967	5	5
vzctl		2967	5	5
vzctl	7.0.229	2967	5	5
vzkernel		2967	5	10
vzkernel	3.10.0-1160.80.1.vz7.191.4	2967	5	5
vzkernel	3.10.0-514.26.1.vz7.33.22	2967	5	5
disk_model	ST2000NM0055-1V4	2969	15	30
distribution	virtuozzo 7	2969	15	15
guest_os		2969	15	30
guest_os	centos	2969	15	15
services	libvirtd	2969	20	20
services	prl-disp	2969	15	15
bonding	yes	2968	10	10
ct_cpus		2968	10	45
container_count	1-5	2968	10	10
ct_cpus	<=4	2968	10	10
ct_disk		2968	10	45
distribution		2969	25	25
kernel		2969	25	25
layout		2969	20	110
layout	ploop	2969	20	80
layout	simfs	2969	10	30
ct_cpus	2	2968	10	10
ct_cpus	unset	2968	10	25
memory		2969	25	25
ct_disk	<=10G	2968	10	20
ct_disk	<=50G	2968	10	15
ct_features		2968	10	15
ploop		2969	20	20
guest_os	windows	2969	15	15
running		2969	20	20
kernel	3.10.0-1160.80.1.vz7.191.4	2969	15	15
running	yes	2969	20	20
prlctl		2969	15	15
readykernel		2969	15	15
readykernel	yes	2969	15	15
readykernel_patch		2969	15	15
readykernel_patch	89.0-r1	2969	15	15
cpu_cores		2968	20	20
cpu_cores	4	2968	20	20
cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2968	15	15
services		2969	20	95
container_count		2968	18	18
containers		2968	18	18
containers	yes	2968	18	18
cpu_model		2968	23	23
cpu_vendor		2968	23	23
cpu_vendor	intel	2968	18	18
services	firewalld	2969	15	15
memory	32-64 GiB	2969	10	10
ploop	7.0.270-1.vz7	2969	5	5
bonding		2968	15	15
prlctl	7.0.240	2969	5	5
ct_features	fuse	2968	5	5
ploop		2968	15	15
ct_os	other	2968	5	5
services	tuned	2969	15	15
services	vcmmd	2969	15	15
services	vz	2969	15	15
virtualization		2969	25	25
ct_os		2968	18	66
ct_os	ubuntu-16.04	2968	10	10
ct_ram		2968	10	45
ct_ram	<=1G	2968	10	20
kernel	3.10.0-1160.80.1.vz7.191.4	2968	10	10
layout		2968	18	117
ploop	7.0.93-1.vz7	2968	5	5
layout	ploop	2968	18	72
prlctl	7.0.182	2968	5	5
distribution		2968	23	23
kernel		2968	23	23
templates		2968	10	25
templates	centos-6	2968	5	5
memory		2968	23	23
running		2968	18	18
running	yes	2968	18	18
virtualization		2968	23	23
vswap		2969	20	20
vswap	yes	2969	20	20
ssd		2969	20	20
ssd	yes	2969	15	15
teaming		2969	20	20
disk_kind		2968	15	40
disk_kind	hdd	2968	15	30
ct_ram	<=4G	2968	10	10
teaming	no	2969	20	20
templates		2969	15	30
disk_kind	nvme	2968	10	10
disk_model		2968	10	30
disk_model	SAMSUNG MZQLB960HAJR-00007	2968	10	10
disk_model	ST2000NM0055-1V4	2968	10	20
vzctl		2969	20	20
distribution	virtuozzo 7	2968	10	10
guest_os		2968	10	20
guest_os	centos	2968	10	10
guest_os	windows	2968	10	10
virtualization	vz7	2969	15	15
vm_memory		2969	15	30
vm_memory	<=2G	2969	15	15
vm_memory	<=8G	2969	15	15
memory	32-64 GiB	2968	10	10
vm_vcpus		2969	15	30
prlctl		2968	10	10
readykernel		2968	10	10
readykernel	yes	2968	10	10
readykernel_patch		2968	10	10
readykernel_patch	89.0-r1	2968	10	10
vm_vcpus	2	2969	15	15
vm_vcpus	<=4	2969	15	15
vms		2969	15	15
services	firewalld	2968	10	10
bonding	no	2969	5	5
services	prl-disp	2968	10	10
services	tuned	2968	10	10
services	vcmmd	2968	10	10
services	vz	2968	10	10
cpu_model	AMD EPYC 7302P 16-Core Processor	2969	5	5
ssd	yes	2968	10	10
cpu_vendor	amd	2969	5	5
vms	yes	2969	15	15
vzkernel		2969	20	35
vms		2968	10	10
vzctl	7.0.229	2969	15	15
vzkernel	3.10.0-1160.80.1.vz7.191.4	2969	15	15
vzkernel	3.10.0-514.26.1.vz7.33.22	2969	15	15
services		2968	15	65
services	libvirtd	2968	15	15
ssd		2968	15	15
ct_features	nfs	2968	10	10
templates	centos-7	2969	5	5
ct_os	centos-7	2968	10	20
templates	debian-9.0	2969	5	5
templates	ubuntu-16.04	2969	5	5
ct_ram	<=2G	2968	10	10
teaming		2968	15	15
teaming	no	2968	15	15
templates	vzlinux-7	2969	5	5
ct_disk	<=100G	2968	5	5
ct_os	centos-6	2968	5	10
ct_os	debian-9.0	2968	5	5
ct_os	ubuntu-14.04	2968	0	0
ct_os	vzlinux-7	2968	5	5
ct_ram	<=512M	2968	0	0
ct_ram	<=8G	2968	5	5
kernel	3.10.0-327.18.2.vz7.15.2	2968	0	0
ploop	7.0.270-1.vz7	2968	5	5
ploop	7.0.52-1.vz7	2968	0	0
container_count	6-20	2968	8	8
cpu_model	Intel(R) Core(TM)2 CPU T7400 @ 2.16GHz	2968	3	3
ct_os	debian-7.0	2968	8	8
ct_os	ubuntu-12.04	2968	3	3
distribution	vzlinux 7.3	2968	8	8
kernel	2.6.32-042stab134.8	2968	3	3
layout	simfs	2968	13	45
bonding	no	2968	5	5
cpu_model	AMD EPYC 7302P 16-Core Processor	2968	5	5
cpu_vendor	amd	2968	5	5
distribution	debian 12	2968	5	5
kernel	6.1.0-26-amd64	2968	5	5
memory	4-8 GiB	2968	5	5
prlctl	7.0.100	2968	0	0
ssd	no	2968	5	5
prlctl	7.0.240	2968	5	5
templates	centos-7	2968	5	5
virtualization	other	2968	5	5
ct_disk	<=20G	2968	5	5
memory	<=1 GiB	2968	8	8
templates	debian-9.0	2968	5	5
templates	ubuntu-16.04	2968	5	5
templates	vzlinux-7	2968	5	5
virtualization	openvz-legacy	2968	8	8
vzkernel	3.10.0-1160.80.1.vz7.191.4	2968	10	10
vzkernel	3.10.0-327.18.2.vz7.15.2	2968	0	0
virtualization	vz7	2968	10	10
vm_memory		2968	10	20
vm_memory	<=2G	2968	10	10
vswap		2968	18	18
vswap	yes	2968	18	18
vzctl		2968	18	18
vzctl	3.0.30.2	2968	3	3
vzkernel	3.10.0-514.26.1.vz7.33.22	2968	10	10
container_count	6-20	2969	5	5
ct_os	centos-6	2969	5	10
ct_os	debian-7.0	2969	5	5
kernel	2.6.32-042stab145.3	2968	5	5
vzctl	7.0.100	2968	0	0
vm_memory	<=8G	2968	10	10
vm_vcpus		2968	10	20
vm_vcpus	2	2968	10	10
vm_vcpus	<=4	2968	10	10
vms	yes	2968	10	10
vzctl	7.0.229	2968	10	10
ploop	1.15	2968	5	5
vzkernel		2968	15	25
vzctl	4.9.4	2968	5	5
distribution	debian 12	2969	5	5
vzkernel	2.6.32	2968	5	5
kernel	6.1.0-26-amd64	2969	5	5
memory	4-8 GiB	2969	5	5
ssd	no	2969	5	5
virtualization	other	2969	5	5
memory	128-256 GiB	2969	5	5
distribution	vzlinux 7.3	2969	5	5
kernel	2.6.32-042stab145.3	2969	5	5
memory	<=1 GiB	2969	5	5
ploop	1.15	2969	5	5
virtualization	openvz-legacy	2969	5	5
vzctl	4.9.4	2969	5	5
vzkernel	2.6.32	2969	5	5
\.


--
-- Data for Name: facts; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.facts (host_id, collector, received_at, data) FROM stdin;
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	vz.host	1795514400	{"prlctl_version":"7.0.240","vzctl_version":"7.0.229"}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	vz.readykernel	1795514400	{"installed":true,"patch_level":"89.0-r1"}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	vz.templates	1795514400	{"os_templates":{"centos-7":1,"debian-9.0":1,"ubuntu-16.04":1,"vzlinux-7":1}}
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	hw.cpu	1795514400	{"cores":4,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"vendor":"intel"}
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	hw.disks	1795514400	{"by_kind":{"hdd":2,"nvme":1},"disks":[{"kind":"nvme","model":"SAMSUNG MZQLB960HAJR-00007"},{"kind":"hdd","model":"ST2000NM0055-1V4"},{"kind":"hdd","model":"ST2000NM0055-1V4"}]}
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	hw.memory	1795514400	{"total_bytes":67337687040}
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	net.config	1795514400	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"teams":0}
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	os.kernel	1795514400	{"line":"vz7","release":"3.10.0-1160.80.1.vz7.191.4"}
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	os.release	1795514400	{"id":"virtuozzo","version":"7"}
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	sw.packages	1795514400	{"versions":{"ploop":["7.0.270-1.vz7"],"vzkernel":["3.10.0-1160.80.1.vz7.191.4","3.10.0-514.26.1.vz7.33.22"]}}
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	sw.services	1795514400	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"]}
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	vz.host	1795514400	{"prlctl_version":"7.0.240","vzctl_version":"7.0.229"}
5d29d753-0e88-4e4b-82fc-ece2fec989a7	hw.cpu	1795514400	{"cores":4,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"vendor":"intel"}
5d29d753-0e88-4e4b-82fc-ece2fec989a7	hw.disks	1795514400	{"by_kind":{"hdd":2,"nvme":1},"disks":[{"kind":"nvme","model":"SAMSUNG MZQLB960HAJR-00007"},{"kind":"hdd","model":"ST2000NM0055-1V4"},{"kind":"hdd","model":"ST2000NM0055-1V4"}]}
5d29d753-0e88-4e4b-82fc-ece2fec989a7	hw.memory	1795514400	{"total_bytes":67337687040}
5d29d753-0e88-4e4b-82fc-ece2fec989a7	net.config	1795514400	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"teams":0}
5d29d753-0e88-4e4b-82fc-ece2fec989a7	os.kernel	1795514400	{"line":"vz7","release":"3.10.0-1160.80.1.vz7.191.4"}
5d29d753-0e88-4e4b-82fc-ece2fec989a7	os.release	1795514400	{"id":"virtuozzo","version":"7"}
5d29d753-0e88-4e4b-82fc-ece2fec989a7	sw.packages	1795514400	{"versions":{"ploop":["7.0.270-1.vz7"],"vzkernel":["3.10.0-1160.80.1.vz7.191.4","3.10.0-514.26.1.vz7.33.22"]}}
5d29d753-0e88-4e4b-82fc-ece2fec989a7	sw.services	1795514400	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"]}
5d29d753-0e88-4e4b-82fc-ece2fec989a7	vz.containers	1795514400	{"by_layout":{"ploop":4,"simfs":1},"by_template":{"centos-7":2,"debian-9.0":1,"ubuntu-16.04":1,"vzlinux-7":1},"configured":5,"cpus":{"2":1,"<=4":1,"unset":3},"disk_limit":{"<=100G":1,"<=10G":2,"<=20G":1,"<=50G":1},"features":{"nfs":1},"ram_limit":{"<=1G":2,"<=2G":1,"<=4G":1,"<=8G":1},"running":3,"vswap":5}
5d29d753-0e88-4e4b-82fc-ece2fec989a7	vz.host	1795514400	{"prlctl_version":"7.0.240","vzctl_version":"7.0.229"}
5d29d753-0e88-4e4b-82fc-ece2fec989a7	vz.readykernel	1795514400	{"installed":true,"patch_level":"89.0-r1"}
5d29d753-0e88-4e4b-82fc-ece2fec989a7	vz.templates	1795514400	{"os_templates":{"centos-7":1,"debian-9.0":1,"ubuntu-16.04":1,"vzlinux-7":1}}
31d6d449-e63a-4614-8a66-562a07797427	hw.cpu	1795514400	{"cores":4,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"vendor":"intel"}
31d6d449-e63a-4614-8a66-562a07797427	hw.disks	1795514400	{"by_kind":{"hdd":2,"nvme":1},"disks":[{"kind":"nvme","model":"SAMSUNG MZQLB960HAJR-00007"},{"kind":"hdd","model":"ST2000NM0055-1V4"},{"kind":"hdd","model":"ST2000NM0055-1V4"}]}
31d6d449-e63a-4614-8a66-562a07797427	hw.memory	1795514400	{"total_bytes":67337687040}
31d6d449-e63a-4614-8a66-562a07797427	net.config	1795514400	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"teams":0}
31d6d449-e63a-4614-8a66-562a07797427	os.kernel	1795514400	{"line":"vz7","release":"3.10.0-1160.80.1.vz7.191.4"}
31d6d449-e63a-4614-8a66-562a07797427	os.release	1795514400	{"id":"virtuozzo","version":"7"}
31d6d449-e63a-4614-8a66-562a07797427	sw.packages	1795514400	{"versions":{"ploop":["7.0.270-1.vz7"],"vzkernel":["3.10.0-1160.80.1.vz7.191.4","3.10.0-514.26.1.vz7.33.22"]}}
f09444ea-c240-4c5b-af7f-9ed0ae16b423	vz.host	1795514400	{"prlctl_version":null,"vzctl_version":null}
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	vz.containers	1795514400	{"by_layout":{"ploop":4,"simfs":1},"by_template":{"centos-7":2,"debian-9.0":1,"ubuntu-16.04":1,"vzlinux-7":1},"configured":5,"cpus":{"2":1,"<=4":1,"unset":3},"disk_limit":{"<=100G":1,"<=10G":2,"<=20G":1,"<=50G":1},"features":{"nfs":1},"ram_limit":{"<=1G":2,"<=2G":1,"<=4G":1,"<=8G":1},"running":3,"vswap":5}
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	vz.readykernel	1795514400	{"installed":true,"patch_level":"89.0-r1"}
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	vz.templates	1795514400	{"os_templates":{"centos-7":1,"debian-9.0":1,"ubuntu-16.04":1,"vzlinux-7":1}}
eb9700cd-bafc-40df-a7b5-0a008312ccb6	hw.cpu	1795514400	{"cores":4,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"vendor":"intel"}
eb9700cd-bafc-40df-a7b5-0a008312ccb6	hw.disks	1795514400	{"by_kind":{"hdd":2,"nvme":1},"disks":[{"kind":"nvme","model":"SAMSUNG MZQLB960HAJR-00007"},{"kind":"hdd","model":"ST2000NM0055-1V4"},{"kind":"hdd","model":"ST2000NM0055-1V4"}]}
eb9700cd-bafc-40df-a7b5-0a008312ccb6	hw.memory	1795514400	{"total_bytes":67337687040}
eb9700cd-bafc-40df-a7b5-0a008312ccb6	net.config	1795514400	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"teams":0}
eb9700cd-bafc-40df-a7b5-0a008312ccb6	os.kernel	1795514400	{"line":"vz7","release":"3.10.0-1160.80.1.vz7.191.4"}
eb9700cd-bafc-40df-a7b5-0a008312ccb6	os.release	1795514400	{"id":"virtuozzo","version":"7"}
eb9700cd-bafc-40df-a7b5-0a008312ccb6	sw.packages	1795514400	{"versions":{"ploop":["7.0.270-1.vz7"],"vzkernel":["3.10.0-1160.80.1.vz7.191.4","3.10.0-514.26.1.vz7.33.22"]}}
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	hw.cpu	1795514400	{"cores":4,"models":["AMD EPYC 7302P 16-Core Processor"],"vendor":"amd"}
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	hw.disks	1795514400	{"by_kind":{"hdd":2},"disks":[{"kind":"hdd","model":null},{"kind":"hdd","model":null}]}
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	hw.memory	1795514400	{"total_bytes":8331145216}
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	net.config	1795514400	{"bonding":{"count":0,"modes":{},"slaves":0},"teams":0}
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	os.kernel	1795514400	{"line":"other","release":"6.1.0-26-amd64"}
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	os.release	1795514400	{"id":"debian","version":"12"}
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	sw.packages	1795514400	{"versions":{}}
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	sw.services	1795514400	{"active":["libvirtd"]}
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	vz.host	1795514400	{"prlctl_version":null,"vzctl_version":null}
f28f8424-1f7b-462c-bbd3-e0732b1e6846	hw.cpu	1795514400	{"cores":4,"models":["AMD EPYC 7302P 16-Core Processor"],"vendor":"amd"}
f28f8424-1f7b-462c-bbd3-e0732b1e6846	hw.disks	1795514400	{"by_kind":{"hdd":2},"disks":[{"kind":"hdd","model":null},{"kind":"hdd","model":null}]}
f28f8424-1f7b-462c-bbd3-e0732b1e6846	hw.memory	1795514400	{"total_bytes":8331145216}
f28f8424-1f7b-462c-bbd3-e0732b1e6846	net.config	1795514400	{"bonding":{"count":0,"modes":{},"slaves":0},"teams":0}
f28f8424-1f7b-462c-bbd3-e0732b1e6846	os.kernel	1795514400	{"line":"other","release":"6.1.0-26-amd64"}
f28f8424-1f7b-462c-bbd3-e0732b1e6846	os.release	1795514400	{"id":"debian","version":"12"}
f28f8424-1f7b-462c-bbd3-e0732b1e6846	sw.packages	1795514400	{"versions":{}}
f28f8424-1f7b-462c-bbd3-e0732b1e6846	sw.services	1795514400	{"active":["libvirtd"]}
f28f8424-1f7b-462c-bbd3-e0732b1e6846	vz.host	1795514400	{"prlctl_version":null,"vzctl_version":null}
85a31e9a-09a7-4423-bcbc-9409884f4223	hw.cpu	1795514400	{"cores":4,"models":["AMD EPYC 7302P 16-Core Processor"],"vendor":"amd"}
85a31e9a-09a7-4423-bcbc-9409884f4223	hw.disks	1795514400	{"by_kind":{"hdd":2},"disks":[{"kind":"hdd","model":null},{"kind":"hdd","model":null}]}
85a31e9a-09a7-4423-bcbc-9409884f4223	hw.memory	1795514400	{"total_bytes":8331145216}
85a31e9a-09a7-4423-bcbc-9409884f4223	net.config	1795514400	{"bonding":{"count":0,"modes":{},"slaves":0},"teams":0}
85a31e9a-09a7-4423-bcbc-9409884f4223	os.kernel	1795514400	{"line":"other","release":"6.1.0-26-amd64"}
85a31e9a-09a7-4423-bcbc-9409884f4223	os.release	1795514400	{"id":"debian","version":"12"}
85a31e9a-09a7-4423-bcbc-9409884f4223	sw.packages	1795514400	{"versions":{}}
85a31e9a-09a7-4423-bcbc-9409884f4223	sw.services	1795514400	{"active":["libvirtd"]}
85a31e9a-09a7-4423-bcbc-9409884f4223	vz.host	1795514400	{"prlctl_version":null,"vzctl_version":null}
f09444ea-c240-4c5b-af7f-9ed0ae16b423	hw.cpu	1795514400	{"cores":4,"models":["AMD EPYC 7302P 16-Core Processor"],"vendor":"amd"}
f09444ea-c240-4c5b-af7f-9ed0ae16b423	hw.disks	1795514400	{"by_kind":{"hdd":2},"disks":[{"kind":"hdd","model":null},{"kind":"hdd","model":null}]}
f09444ea-c240-4c5b-af7f-9ed0ae16b423	hw.memory	1795514400	{"total_bytes":8331145216}
f09444ea-c240-4c5b-af7f-9ed0ae16b423	net.config	1795514400	{"bonding":{"count":0,"modes":{},"slaves":0},"teams":0}
f09444ea-c240-4c5b-af7f-9ed0ae16b423	os.kernel	1795514400	{"line":"other","release":"6.1.0-26-amd64"}
f09444ea-c240-4c5b-af7f-9ed0ae16b423	os.release	1795514400	{"id":"debian","version":"12"}
f09444ea-c240-4c5b-af7f-9ed0ae16b423	sw.packages	1795514400	{"versions":{}}
f09444ea-c240-4c5b-af7f-9ed0ae16b423	sw.services	1795514400	{"active":["libvirtd"]}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	os.kernel	1795514400	{"line":"vz7","release":"3.10.0-1160.80.1.vz7.191.4"}
a22744bc-a4b4-499a-b378-f4e9f3317332	hw.cpu	1795514400	{"cores":4,"models":["AMD EPYC 7302P 16-Core Processor"],"vendor":"amd"}
a22744bc-a4b4-499a-b378-f4e9f3317332	hw.disks	1795514400	{"by_kind":{"hdd":2},"disks":[{"kind":"hdd","model":null},{"kind":"hdd","model":null}]}
a22744bc-a4b4-499a-b378-f4e9f3317332	hw.memory	1795514400	{"total_bytes":8331145216}
a22744bc-a4b4-499a-b378-f4e9f3317332	net.config	1795514400	{"bonding":{"count":0,"modes":{},"slaves":0},"teams":0}
a22744bc-a4b4-499a-b378-f4e9f3317332	os.kernel	1795514400	{"line":"other","release":"6.1.0-26-amd64"}
a22744bc-a4b4-499a-b378-f4e9f3317332	os.release	1795514400	{"id":"debian","version":"12"}
a22744bc-a4b4-499a-b378-f4e9f3317332	sw.packages	1795514400	{"versions":{}}
a22744bc-a4b4-499a-b378-f4e9f3317332	sw.services	1795514400	{"active":["libvirtd"]}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	os.release	1795514400	{"id":"virtuozzo","version":"7"}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	sw.packages	1795514400	{"versions":{"ploop":["7.0.93-1.vz7"],"vzkernel":["3.10.0-1160.80.1.vz7.191.4","3.10.0-514.26.1.vz7.33.22"]}}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	sw.services	1795514400	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"]}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	vz.containers	1795514400	{"by_layout":{"ploop":4},"by_template":{"centos-7":2,"other":1,"ubuntu-16.04":1},"configured":4,"cpus":{"2":1,"<=4":1,"unset":2},"disk_limit":{"<=10G":2,"<=50G":2},"features":{"fuse":1,"nfs":1},"ram_limit":{"<=1G":2,"<=2G":1,"<=4G":1},"running":2,"vswap":4}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	vz.host	1795514400	{"prlctl_version":"7.0.182","vzctl_version":"7.0.229"}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	vz.readykernel	1795514400	{"installed":true,"patch_level":"89.0-r1"}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	vz.templates	1795514400	{"os_templates":{"centos-6":1}}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	vz.vms	1795514400	{"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	hw.cpu	1795514400	{"cores":4,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"vendor":"intel"}
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	hw.memory	1795514400	{"total_bytes":518275072}
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	os.kernel	1795514400	{"line":"openvz-legacy","release":"2.6.32-042stab145.3"}
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	os.release	1795514400	{"id":"vzlinux","version":"7.3"}
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	sw.packages	1795514400	{"versions":{"ploop":["1.15"],"vzkernel":["2.6.32"]}}
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	vz.containers	1795514400	{"by_layout":{"ploop":4,"simfs":5},"by_template":{"centos-6":2,"debian-7.0":1},"configured":9,"running":9,"vswap":3}
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	vz.host	1795514400	{"vzctl_version":"4.9.4"}
c3601b2c-18ca-4520-82e2-e5e36455db1f	hw.cpu	1795514400	{"cores":4,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"vendor":"intel"}
c3601b2c-18ca-4520-82e2-e5e36455db1f	hw.memory	1795514400	{"total_bytes":518275072}
c3601b2c-18ca-4520-82e2-e5e36455db1f	os.kernel	1795514400	{"line":"openvz-legacy","release":"2.6.32-042stab145.3"}
c3601b2c-18ca-4520-82e2-e5e36455db1f	os.release	1795514400	{"id":"vzlinux","version":"7.3"}
c3601b2c-18ca-4520-82e2-e5e36455db1f	sw.packages	1795514400	{"versions":{"ploop":["1.15"],"vzkernel":["2.6.32"]}}
c3601b2c-18ca-4520-82e2-e5e36455db1f	vz.containers	1795514400	{"by_layout":{"ploop":4,"simfs":5},"by_template":{"centos-6":2,"debian-7.0":1},"configured":9,"running":9,"vswap":3}
c3601b2c-18ca-4520-82e2-e5e36455db1f	vz.host	1795514400	{"vzctl_version":"4.9.4"}
fbc858d2-2b34-43eb-b041-5e51d8b20d73	hw.cpu	1795514400	{"cores":4,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"vendor":"intel"}
fbc858d2-2b34-43eb-b041-5e51d8b20d73	hw.memory	1795514400	{"total_bytes":518275072}
fbc858d2-2b34-43eb-b041-5e51d8b20d73	os.kernel	1795514400	{"line":"openvz-legacy","release":"2.6.32-042stab145.3"}
fbc858d2-2b34-43eb-b041-5e51d8b20d73	os.release	1795514400	{"id":"vzlinux","version":"7.3"}
fbc858d2-2b34-43eb-b041-5e51d8b20d73	sw.packages	1795514400	{"versions":{"ploop":["1.15"],"vzkernel":["2.6.32"]}}
fbc858d2-2b34-43eb-b041-5e51d8b20d73	vz.containers	1795514400	{"by_layout":{"ploop":4,"simfs":5},"by_template":{"centos-6":2,"debian-7.0":1},"configured":9,"running":9,"vswap":3}
fbc858d2-2b34-43eb-b041-5e51d8b20d73	vz.host	1795514400	{"vzctl_version":"4.9.4"}
7fa8b641-5c50-419e-8146-282719a7816b	hw.cpu	1795514400	{"cores":4,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"vendor":"intel"}
7fa8b641-5c50-419e-8146-282719a7816b	hw.memory	1795514400	{"total_bytes":518275072}
7fa8b641-5c50-419e-8146-282719a7816b	os.kernel	1795514400	{"line":"openvz-legacy","release":"2.6.32-042stab145.3"}
7fa8b641-5c50-419e-8146-282719a7816b	os.release	1795514400	{"id":"vzlinux","version":"7.3"}
7fa8b641-5c50-419e-8146-282719a7816b	sw.packages	1795514400	{"versions":{"ploop":["1.15"],"vzkernel":["2.6.32"]}}
7fa8b641-5c50-419e-8146-282719a7816b	vz.containers	1795514400	{"by_layout":{"ploop":4,"simfs":5},"by_template":{"centos-6":2,"debian-7.0":1},"configured":9,"running":9,"vswap":3}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	vz.containers	1795514400	{"by_layout":{"ploop":4},"by_template":{"centos-7":2,"other":1,"ubuntu-16.04":1},"configured":4,"cpus":{"2":1,"<=4":1,"unset":2},"disk_limit":{"<=10G":2,"<=50G":2},"features":{"fuse":1,"nfs":1},"ram_limit":{"<=1G":2,"<=2G":1,"<=4G":1},"running":2,"vswap":4}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	vz.readykernel	1795514400	{"installed":true,"patch_level":"89.0-r1"}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	vz.templates	1795514400	{"os_templates":{"centos-6":1}}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	vz.vms	1795514400	{"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
91d85bf8-71d4-452b-b17e-70067c0e988e	hw.cpu	1789466400	{"cores":4,"models":["AMD EPYC 7302P 16-Core Processor"],"vendor":"amd"}
91d85bf8-71d4-452b-b17e-70067c0e988e	hw.disks	1789466400	{"by_kind":{"hdd":2},"disks":[{"kind":"hdd","model":null},{"kind":"hdd","model":null}]}
91d85bf8-71d4-452b-b17e-70067c0e988e	hw.memory	1789466400	{"total_bytes":8331145216}
91d85bf8-71d4-452b-b17e-70067c0e988e	net.config	1789466400	{"bonding":{"count":0,"modes":{},"slaves":0},"teams":0}
91d85bf8-71d4-452b-b17e-70067c0e988e	os.kernel	1789466400	{"line":"other","release":"6.1.0-26-amd64"}
91d85bf8-71d4-452b-b17e-70067c0e988e	os.release	1789466400	{"id":"debian","version":"12"}
91d85bf8-71d4-452b-b17e-70067c0e988e	sw.packages	1789466400	{"versions":{}}
91d85bf8-71d4-452b-b17e-70067c0e988e	sw.services	1789466400	{"active":["libvirtd"]}
7bfedbdb-ad66-4c2b-9428-a36085e2a778	hw.cpu	1789466400	{"cores":4,"models":["AMD EPYC 7302P 16-Core Processor"],"vendor":"amd"}
7bfedbdb-ad66-4c2b-9428-a36085e2a778	hw.disks	1789466400	{"by_kind":{"hdd":2},"disks":[{"kind":"hdd","model":null},{"kind":"hdd","model":null}]}
7bfedbdb-ad66-4c2b-9428-a36085e2a778	hw.memory	1789466400	{"total_bytes":8331145216}
7bfedbdb-ad66-4c2b-9428-a36085e2a778	net.config	1789466400	{"bonding":{"count":0,"modes":{},"slaves":0},"teams":0}
7bfedbdb-ad66-4c2b-9428-a36085e2a778	os.kernel	1789466400	{"line":"other","release":"6.1.0-26-amd64"}
7bfedbdb-ad66-4c2b-9428-a36085e2a778	os.release	1789466400	{"id":"debian","version":"12"}
7bfedbdb-ad66-4c2b-9428-a36085e2a778	sw.packages	1789466400	{"versions":{}}
7bfedbdb-ad66-4c2b-9428-a36085e2a778	sw.services	1789466400	{"active":["libvirtd"]}
cbb82acc-160b-40be-8fc6-d4ec5408629b	hw.cpu	1789466400	{"cores":4,"models":["AMD EPYC 7302P 16-Core Processor"],"vendor":"amd"}
cbb82acc-160b-40be-8fc6-d4ec5408629b	hw.disks	1789466400	{"by_kind":{"hdd":2},"disks":[{"kind":"hdd","model":null},{"kind":"hdd","model":null}]}
cbb82acc-160b-40be-8fc6-d4ec5408629b	hw.memory	1789466400	{"total_bytes":8331145216}
cbb82acc-160b-40be-8fc6-d4ec5408629b	net.config	1789466400	{"bonding":{"count":0,"modes":{},"slaves":0},"teams":0}
cbb82acc-160b-40be-8fc6-d4ec5408629b	os.kernel	1789466400	{"line":"other","release":"6.1.0-26-amd64"}
cbb82acc-160b-40be-8fc6-d4ec5408629b	os.release	1789466400	{"id":"debian","version":"12"}
cbb82acc-160b-40be-8fc6-d4ec5408629b	sw.packages	1789466400	{"versions":{}}
cbb82acc-160b-40be-8fc6-d4ec5408629b	sw.services	1789466400	{"active":["libvirtd"]}
cbb82acc-160b-40be-8fc6-d4ec5408629b	vz.host	1789466400	{"prlctl_version":null,"vzctl_version":null}
0d1d68a7-0a31-452d-ac11-ed618a9962ae	hw.cpu	1789466400	{"cores":4,"models":["AMD EPYC 7302P 16-Core Processor"],"vendor":"amd"}
0d1d68a7-0a31-452d-ac11-ed618a9962ae	hw.disks	1789466400	{"by_kind":{"hdd":2},"disks":[{"kind":"hdd","model":null},{"kind":"hdd","model":null}]}
0d1d68a7-0a31-452d-ac11-ed618a9962ae	hw.memory	1789466400	{"total_bytes":8331145216}
0d1d68a7-0a31-452d-ac11-ed618a9962ae	net.config	1789466400	{"bonding":{"count":0,"modes":{},"slaves":0},"teams":0}
0d1d68a7-0a31-452d-ac11-ed618a9962ae	os.kernel	1789466400	{"line":"other","release":"6.1.0-26-amd64"}
0d1d68a7-0a31-452d-ac11-ed618a9962ae	os.release	1789466400	{"id":"debian","version":"12"}
0d1d68a7-0a31-452d-ac11-ed618a9962ae	sw.packages	1789466400	{"versions":{}}
0d1d68a7-0a31-452d-ac11-ed618a9962ae	sw.services	1789466400	{"active":["libvirtd"]}
0d1d68a7-0a31-452d-ac11-ed618a9962ae	vz.host	1789466400	{"prlctl_version":null,"vzctl_version":null}
59ce6aa5-70b9-47bc-87f3-762113237531	hw.cpu	1793700000	{"cores":4,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"vendor":"intel"}
59ce6aa5-70b9-47bc-87f3-762113237531	hw.disks	1793700000	{"by_kind":{"hdd":1,"ssd":1},"disks":[{"kind":"ssd","model":"INTEL SSDSC2BB48"},{"kind":"hdd","model":"WDC WD1003FBYX-0"}]}
cd191280-0338-49dc-949b-5d384bcaac84	hw.cpu	1793700000	{"cores":4,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"vendor":"intel"}
cd191280-0338-49dc-949b-5d384bcaac84	hw.disks	1793700000	{"by_kind":{"hdd":1,"ssd":1},"disks":[{"kind":"ssd","model":"INTEL SSDSC2BB48"},{"kind":"hdd","model":"WDC WD1003FBYX-0"}]}
cd191280-0338-49dc-949b-5d384bcaac84	hw.memory	1793700000	{"total_bytes":518275072}
cd191280-0338-49dc-949b-5d384bcaac84	net.config	1793700000	{"bonding":{"count":0,"modes":{},"slaves":0},"teams":0}
cd191280-0338-49dc-949b-5d384bcaac84	os.kernel	1793700000	{"line":"openvz-legacy","release":"2.6.32-042stab145.3"}
cd191280-0338-49dc-949b-5d384bcaac84	os.release	1793700000	{"id":"centos","version":"6.10"}
cd191280-0338-49dc-949b-5d384bcaac84	sw.packages	1793700000	{"versions":{"ploop":["1.9-1"],"vzkernel":["2.6.32-042stab134.8","2.6.32-042stab145.3"]}}
cd191280-0338-49dc-949b-5d384bcaac84	sw.services	1793700000	{"active":["vz","iptables"]}
cd191280-0338-49dc-949b-5d384bcaac84	vz.host	1793700000	{"prlctl_version":null,"vzctl_version":"4.3"}
0e00363f-77c3-4630-bef3-3e25134c70c7	hw.cpu	1793700000	{"cores":4,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"vendor":"intel"}
0e00363f-77c3-4630-bef3-3e25134c70c7	hw.disks	1793700000	{"by_kind":{"hdd":1,"ssd":1},"disks":[{"kind":"ssd","model":"INTEL SSDSC2BB48"},{"kind":"hdd","model":"WDC WD1003FBYX-0"}]}
0e00363f-77c3-4630-bef3-3e25134c70c7	hw.memory	1793700000	{"total_bytes":518275072}
0e00363f-77c3-4630-bef3-3e25134c70c7	net.config	1793700000	{"bonding":{"count":0,"modes":{},"slaves":0},"teams":0}
0e00363f-77c3-4630-bef3-3e25134c70c7	os.kernel	1793700000	{"line":"openvz-legacy","release":"2.6.32-042stab145.3"}
0e00363f-77c3-4630-bef3-3e25134c70c7	os.release	1793700000	{"id":"centos","version":"6.10"}
0e00363f-77c3-4630-bef3-3e25134c70c7	sw.packages	1793700000	{"versions":{"ploop":["1.9-1"],"vzkernel":["2.6.32-042stab134.8","2.6.32-042stab145.3"]}}
0e00363f-77c3-4630-bef3-3e25134c70c7	sw.services	1793700000	{"active":["vz","iptables"]}
0e00363f-77c3-4630-bef3-3e25134c70c7	vz.containers	1793700000	{"by_layout":{"simfs":10},"by_template":{"centos-6":6,"debian-7":2,"other":1,"ubuntu-14.04":1},"configured":10,"cpus":{"2":2,"unset":8},"disk_limit":{"<=10G":5,"<=20G":3,"<=50G":2},"features":{"nfs":2,"ppp":1},"ram_limit":{"<=1G":1,"<=2G":2,"<=512M":3,"unlimited":4},"running":9,"vswap":6}
0e00363f-77c3-4630-bef3-3e25134c70c7	vz.host	1793700000	{"prlctl_version":null,"vzctl_version":"4.3"}
6432abc7-e99a-4aa3-a992-d2b8955e4d41	hw.cpu	1793700000	{"cores":4,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"vendor":"intel"}
6432abc7-e99a-4aa3-a992-d2b8955e4d41	hw.disks	1793700000	{"by_kind":{"hdd":1,"ssd":1},"disks":[{"kind":"ssd","model":"INTEL SSDSC2BB48"},{"kind":"hdd","model":"WDC WD1003FBYX-0"}]}
6432abc7-e99a-4aa3-a992-d2b8955e4d41	hw.memory	1793700000	{"total_bytes":518275072}
6432abc7-e99a-4aa3-a992-d2b8955e4d41	net.config	1793700000	{"bonding":{"count":0,"modes":{},"slaves":0},"teams":0}
6432abc7-e99a-4aa3-a992-d2b8955e4d41	os.kernel	1793700000	{"line":"openvz-legacy","release":"2.6.32-042stab145.3"}
6432abc7-e99a-4aa3-a992-d2b8955e4d41	os.release	1793700000	{"id":"centos","version":"6.10"}
6432abc7-e99a-4aa3-a992-d2b8955e4d41	sw.packages	1793700000	{"versions":{"ploop":["1.9-1"],"vzkernel":["2.6.32-042stab134.8","2.6.32-042stab145.3"]}}
6432abc7-e99a-4aa3-a992-d2b8955e4d41	sw.services	1793700000	{"active":["vz","iptables"]}
6432abc7-e99a-4aa3-a992-d2b8955e4d41	vz.containers	1793700000	{"by_layout":{"simfs":10},"by_template":{"centos-6":6,"debian-7":2,"other":1,"ubuntu-14.04":1},"configured":10,"cpus":{"2":2,"unset":8},"disk_limit":{"<=10G":5,"<=20G":3,"<=50G":2},"features":{"nfs":2,"ppp":1},"ram_limit":{"<=1G":1,"<=2G":2,"<=512M":3,"unlimited":4},"running":9,"vswap":6}
6432abc7-e99a-4aa3-a992-d2b8955e4d41	vz.host	1793700000	{"prlctl_version":null,"vzctl_version":"4.3"}
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	hw.cpu	1793700000	{"cores":4,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"vendor":"intel"}
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	hw.disks	1793700000	{"by_kind":{"hdd":1,"ssd":1},"disks":[{"kind":"ssd","model":"INTEL SSDSC2BB48"},{"kind":"hdd","model":"WDC WD1003FBYX-0"}]}
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	hw.memory	1793700000	{"total_bytes":518275072}
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	net.config	1793700000	{"bonding":{"count":0,"modes":{},"slaves":0},"teams":0}
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	os.kernel	1793700000	{"line":"openvz-legacy","release":"2.6.32-042stab145.3"}
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	os.release	1793700000	{"id":"centos","version":"6.10"}
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	sw.packages	1793700000	{"versions":{"ploop":["1.9-1"],"vzkernel":["2.6.32-042stab134.8","2.6.32-042stab145.3"]}}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	hw.cpu	1795514400	{"cores":4,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"vendor":"intel"}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	hw.disks	1795514400	{"by_kind":{"hdd":2,"nvme":1},"disks":[{"kind":"nvme","model":"SAMSUNG MZQLB960HAJR-00007"},{"kind":"hdd","model":"ST2000NM0055-1V4"},{"kind":"hdd","model":"ST2000NM0055-1V4"}]}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	hw.memory	1795514400	{"total_bytes":67337687040}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	net.config	1795514400	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"teams":0}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	os.kernel	1795514400	{"line":"vz7","release":"3.10.0-1160.80.1.vz7.191.4"}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	os.release	1795514400	{"id":"virtuozzo","version":"7"}
f77a3a71-a168-4180-86df-a8665ef4aaef	hw.cpu	1795514400	{"cores":4,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"vendor":"intel"}
f77a3a71-a168-4180-86df-a8665ef4aaef	hw.memory	1795514400	{"total_bytes":518275072}
f77a3a71-a168-4180-86df-a8665ef4aaef	os.kernel	1795514400	{"line":"openvz-legacy","release":"2.6.32-042stab145.3"}
f77a3a71-a168-4180-86df-a8665ef4aaef	os.release	1795514400	{"id":"vzlinux","version":"7.3"}
f77a3a71-a168-4180-86df-a8665ef4aaef	sw.packages	1795514400	{"versions":{"ploop":["1.15"],"vzkernel":["2.6.32"]}}
7fa8b641-5c50-419e-8146-282719a7816b	vz.host	1795514400	{"vzctl_version":"4.9.4"}
213fbf5d-24e5-4fc9-86d9-426ba65bf233	hw.cpu	1789466400	{"cores":4,"models":["AMD EPYC 7302P 16-Core Processor"],"vendor":"amd"}
213fbf5d-24e5-4fc9-86d9-426ba65bf233	hw.disks	1789466400	{"by_kind":{"hdd":2},"disks":[{"kind":"hdd","model":null},{"kind":"hdd","model":null}]}
213fbf5d-24e5-4fc9-86d9-426ba65bf233	hw.memory	1789466400	{"total_bytes":8331145216}
213fbf5d-24e5-4fc9-86d9-426ba65bf233	net.config	1789466400	{"bonding":{"count":0,"modes":{},"slaves":0},"teams":0}
213fbf5d-24e5-4fc9-86d9-426ba65bf233	os.kernel	1789466400	{"line":"other","release":"6.1.0-26-amd64"}
213fbf5d-24e5-4fc9-86d9-426ba65bf233	os.release	1789466400	{"id":"debian","version":"12"}
213fbf5d-24e5-4fc9-86d9-426ba65bf233	sw.packages	1789466400	{"versions":{}}
213fbf5d-24e5-4fc9-86d9-426ba65bf233	sw.services	1789466400	{"active":["libvirtd"]}
213fbf5d-24e5-4fc9-86d9-426ba65bf233	vz.host	1789466400	{"prlctl_version":null,"vzctl_version":null}
91d85bf8-71d4-452b-b17e-70067c0e988e	vz.host	1789466400	{"prlctl_version":null,"vzctl_version":null}
7bfedbdb-ad66-4c2b-9428-a36085e2a778	vz.host	1789466400	{"prlctl_version":null,"vzctl_version":null}
59ce6aa5-70b9-47bc-87f3-762113237531	vz.host	1793700000	{"prlctl_version":null,"vzctl_version":"4.3"}
59ce6aa5-70b9-47bc-87f3-762113237531	vz.templates	1793700000	{"os_templates":{}}
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	sw.services	1793700000	{"active":["vz","iptables"]}
d75985c9-475a-41af-ad58-69bd3fbfb596	hw.cpu	1794909600	{"cores":null,"models":["Intel(R) Core(TM)2 CPU T7400 @ 2.16GHz"],"vendor":"intel"}
d75985c9-475a-41af-ad58-69bd3fbfb596	hw.memory	1794909600	{"total_bytes":518275072}
d75985c9-475a-41af-ad58-69bd3fbfb596	os.kernel	1794909600	{"line":"openvz-legacy","release":"2.6.32-042stab134.8"}
d75985c9-475a-41af-ad58-69bd3fbfb596	os.release	1794909600	{"id":"vzlinux","version":"7.3"}
d75985c9-475a-41af-ad58-69bd3fbfb596	sw.packages	1794909600	{"versions":{}}
d75985c9-475a-41af-ad58-69bd3fbfb596	vz.containers	1794909600	{"by_layout":{"ploop":4,"simfs":5},"by_template":{"debian-7.0":1,"ubuntu-12.04":1},"configured":9,"running":9,"vswap":3}
d75985c9-475a-41af-ad58-69bd3fbfb596	vz.host	1794909600	{"vzctl_version":"3.0.30.2"}
715ba171-c0de-4a15-9950-b5024eb295fc	hw.cpu	1794909600	{"cores":null,"models":["Intel(R) Core(TM)2 CPU T7400 @ 2.16GHz"],"vendor":"intel"}
715ba171-c0de-4a15-9950-b5024eb295fc	hw.memory	1794909600	{"total_bytes":518275072}
715ba171-c0de-4a15-9950-b5024eb295fc	os.kernel	1794909600	{"line":"openvz-legacy","release":"2.6.32-042stab134.8"}
715ba171-c0de-4a15-9950-b5024eb295fc	os.release	1794909600	{"id":"vzlinux","version":"7.3"}
715ba171-c0de-4a15-9950-b5024eb295fc	sw.packages	1794909600	{"versions":{}}
715ba171-c0de-4a15-9950-b5024eb295fc	vz.containers	1794909600	{"by_layout":{"ploop":4,"simfs":5},"by_template":{"debian-7.0":1,"ubuntu-12.04":1},"configured":9,"running":9,"vswap":3}
715ba171-c0de-4a15-9950-b5024eb295fc	vz.host	1794909600	{"vzctl_version":"3.0.30.2"}
1a813460-3468-41f9-b8ea-400721f158f0	hw.cpu	1794909600	{"cores":null,"models":["Intel(R) Core(TM)2 CPU T7400 @ 2.16GHz"],"vendor":"intel"}
1a813460-3468-41f9-b8ea-400721f158f0	hw.memory	1794909600	{"total_bytes":518275072}
1a813460-3468-41f9-b8ea-400721f158f0	os.kernel	1794909600	{"line":"openvz-legacy","release":"2.6.32-042stab134.8"}
1a813460-3468-41f9-b8ea-400721f158f0	os.release	1794909600	{"id":"vzlinux","version":"7.3"}
1a813460-3468-41f9-b8ea-400721f158f0	sw.packages	1794909600	{"versions":{}}
1a813460-3468-41f9-b8ea-400721f158f0	vz.containers	1794909600	{"by_layout":{"ploop":4,"simfs":5},"by_template":{"debian-7.0":1,"ubuntu-12.04":1},"configured":9,"running":9,"vswap":3}
1a813460-3468-41f9-b8ea-400721f158f0	vz.host	1794909600	{"vzctl_version":"3.0.30.2"}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	vz.host	1795514400	{"prlctl_version":"7.0.182","vzctl_version":"7.0.229"}
03f1b2f5-f889-4588-b8df-d423c4a48c86	hw.cpu	1795514400	{"cores":4,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"vendor":"intel"}
10d028b7-2096-4f18-ba9a-ff806979ddf7	hw.cpu	1795514400	{"cores":4,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"vendor":"intel"}
10d028b7-2096-4f18-ba9a-ff806979ddf7	hw.disks	1795514400	{"by_kind":{"hdd":2,"nvme":1},"disks":[{"kind":"nvme","model":"SAMSUNG MZQLB960HAJR-00007"},{"kind":"hdd","model":"ST2000NM0055-1V4"},{"kind":"hdd","model":"ST2000NM0055-1V4"}]}
10d028b7-2096-4f18-ba9a-ff806979ddf7	hw.memory	1795514400	{"total_bytes":67337687040}
10d028b7-2096-4f18-ba9a-ff806979ddf7	net.config	1795514400	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"teams":0}
10d028b7-2096-4f18-ba9a-ff806979ddf7	os.kernel	1795514400	{"line":"vz7","release":"3.10.0-1160.80.1.vz7.191.4"}
a3997855-16f0-4b80-9944-1b6e8941c40a	hw.cpu	1795514400	{"cores":4,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"vendor":"intel"}
a3997855-16f0-4b80-9944-1b6e8941c40a	hw.disks	1795514400	{"by_kind":{"hdd":2,"nvme":1},"disks":[{"kind":"nvme","model":"SAMSUNG MZQLB960HAJR-00007"},{"kind":"hdd","model":"ST2000NM0055-1V4"},{"kind":"hdd","model":"ST2000NM0055-1V4"}]}
a3997855-16f0-4b80-9944-1b6e8941c40a	hw.memory	1795514400	{"total_bytes":67337687040}
a3997855-16f0-4b80-9944-1b6e8941c40a	net.config	1795514400	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"teams":0}
a3997855-16f0-4b80-9944-1b6e8941c40a	os.kernel	1795514400	{"line":"vz7","release":"3.10.0-1160.80.1.vz7.191.4"}
a3997855-16f0-4b80-9944-1b6e8941c40a	os.release	1795514400	{"id":"virtuozzo","version":"7"}
a3997855-16f0-4b80-9944-1b6e8941c40a	sw.packages	1795514400	{"versions":{"ploop":["7.0.93-1.vz7"],"vzkernel":["3.10.0-1160.80.1.vz7.191.4","3.10.0-514.26.1.vz7.33.22"]}}
a3997855-16f0-4b80-9944-1b6e8941c40a	sw.services	1795514400	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"]}
a3997855-16f0-4b80-9944-1b6e8941c40a	vz.containers	1795514400	{"by_layout":{"ploop":4},"by_template":{"centos-7":2,"other":1,"ubuntu-16.04":1},"configured":4,"cpus":{"2":1,"<=4":1,"unset":2},"disk_limit":{"<=10G":2,"<=50G":2},"features":{"fuse":1,"nfs":1},"ram_limit":{"<=1G":2,"<=2G":1,"<=4G":1},"running":2,"vswap":4}
a3997855-16f0-4b80-9944-1b6e8941c40a	vz.host	1795514400	{"prlctl_version":"7.0.182","vzctl_version":"7.0.229"}
a3997855-16f0-4b80-9944-1b6e8941c40a	vz.readykernel	1795514400	{"installed":true,"patch_level":"89.0-r1"}
a3997855-16f0-4b80-9944-1b6e8941c40a	vz.templates	1795514400	{"os_templates":{"centos-6":1}}
464064af-3816-47c7-ae0c-e7bee87acb41	hw.cpu	1795514400	{"cores":4,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"vendor":"intel"}
6d5949ca-4785-4b2c-b863-d9df8c283331	vz.templates	1795514400	{"os_templates":{"centos-6":1}}
6d5949ca-4785-4b2c-b863-d9df8c283331	vz.vms	1795514400	{"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	hw.cpu	1795514400	{"cores":4,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"vendor":"intel"}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	hw.disks	1795514400	{"by_kind":{"hdd":2,"nvme":1},"disks":[{"kind":"nvme","model":"SAMSUNG MZQLB960HAJR-00007"},{"kind":"hdd","model":"ST2000NM0055-1V4"},{"kind":"hdd","model":"ST2000NM0055-1V4"}]}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	hw.memory	1795514400	{"total_bytes":269312000000}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	net.config	1795514400	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"teams":0}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	os.kernel	1795514400	{"line":"vz7","release":"3.10.0-1160.80.1.vz7.191.4"}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	os.release	1795514400	{"id":"virtuozzo","version":"7"}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	sw.packages	1795514400	{"versions":{"ploop":["7.0.93-1.vz7"],"vzkernel":["3.10.0-1160.80.1.vz7.191.4","3.10.0-514.26.1.vz7.33.22"]}}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	sw.services	1795514400	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"]}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	vz.containers	1795514400	{"by_layout":{"ploop":4},"by_template":{"centos-7":2,"other":1,"ubuntu-16.04":1},"configured":4,"cpus":{"2":1,"<=4":1,"unset":2},"disk_limit":{"<=10G":2,"<=50G":2},"features":{"fuse":1,"nfs":1},"ram_limit":{"<=1G":2,"<=2G":1,"<=4G":1},"running":2,"vswap":4}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	vz.host	1795514400	{"prlctl_version":"7.0.182","vzctl_version":"7.0.229"}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	hw.cpu	1795514400	{"cores":4,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"vendor":"intel"}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	hw.disks	1795514400	{"by_kind":{"hdd":2,"nvme":1},"disks":[{"kind":"nvme","model":"SAMSUNG MZQLB960HAJR-00007"},{"kind":"hdd","model":"ST2000NM0055-1V4"},{"kind":"hdd","model":"ST2000NM0055-1V4"}]}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	hw.memory	1795514400	{"total_bytes":67337687040}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	net.config	1795514400	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"teams":0}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	os.kernel	1795514400	{"line":"vz7","release":"3.10.0-1160.80.1.vz7.191.4"}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	os.release	1795514400	{"id":"virtuozzo","version":"7"}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	sw.packages	1795514400	{"versions":{"ploop":["7.0.270-1.vz7"],"vzkernel":["3.10.0-1160.80.1.vz7.191.4","3.10.0-514.26.1.vz7.33.22"]}}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	sw.services	1795514400	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"]}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	vz.containers	1795514400	{"by_layout":{"ploop":4,"simfs":1},"by_template":{"centos-7":2,"debian-9.0":1,"ubuntu-16.04":1,"vzlinux-7":1},"configured":5,"cpus":{"2":1,"<=4":1,"unset":3},"disk_limit":{"<=100G":1,"<=10G":2,"<=20G":1,"<=50G":1},"features":{"nfs":1},"ram_limit":{"<=1G":2,"<=2G":1,"<=4G":1,"<=8G":1},"running":3,"vswap":5}
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	vz.vms	1795514400	{"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
31d6d449-e63a-4614-8a66-562a07797427	sw.services	1795514400	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"]}
31d6d449-e63a-4614-8a66-562a07797427	vz.containers	1795514400	{"by_layout":{"ploop":4,"simfs":1},"by_template":{"centos-7":2,"debian-9.0":1,"ubuntu-16.04":1,"vzlinux-7":1},"configured":5,"cpus":{"2":1,"<=4":1,"unset":3},"disk_limit":{"<=100G":1,"<=10G":2,"<=20G":1,"<=50G":1},"features":{"nfs":1},"ram_limit":{"<=1G":2,"<=2G":1,"<=4G":1,"<=8G":1},"running":3,"vswap":5}
31d6d449-e63a-4614-8a66-562a07797427	vz.host	1795514400	{"prlctl_version":"7.0.240","vzctl_version":"7.0.229"}
31d6d449-e63a-4614-8a66-562a07797427	vz.readykernel	1795514400	{"installed":true,"patch_level":"89.0-r1"}
31d6d449-e63a-4614-8a66-562a07797427	vz.templates	1795514400	{"os_templates":{"centos-7":1,"debian-9.0":1,"ubuntu-16.04":1,"vzlinux-7":1}}
31d6d449-e63a-4614-8a66-562a07797427	vz.vms	1795514400	{"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
eb9700cd-bafc-40df-a7b5-0a008312ccb6	sw.services	1795514400	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"]}
eb9700cd-bafc-40df-a7b5-0a008312ccb6	vz.containers	1795514400	{"by_layout":{"ploop":4,"simfs":1},"by_template":{"centos-7":2,"debian-9.0":1,"ubuntu-16.04":1,"vzlinux-7":1},"configured":5,"cpus":{"2":1,"<=4":1,"unset":3},"disk_limit":{"<=100G":1,"<=10G":2,"<=20G":1,"<=50G":1},"features":{"nfs":1},"ram_limit":{"<=1G":2,"<=2G":1,"<=4G":1,"<=8G":1},"running":3,"vswap":5}
eb9700cd-bafc-40df-a7b5-0a008312ccb6	vz.host	1795514400	{"prlctl_version":"7.0.240","vzctl_version":"7.0.229"}
eb9700cd-bafc-40df-a7b5-0a008312ccb6	vz.readykernel	1795514400	{"installed":true,"patch_level":"89.0-r1"}
eb9700cd-bafc-40df-a7b5-0a008312ccb6	vz.templates	1795514400	{"os_templates":{"centos-7":1,"debian-9.0":1,"ubuntu-16.04":1,"vzlinux-7":1}}
eb9700cd-bafc-40df-a7b5-0a008312ccb6	vz.vms	1795514400	{"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
59ce6aa5-70b9-47bc-87f3-762113237531	hw.memory	1793700000	{"total_bytes":518275072}
59ce6aa5-70b9-47bc-87f3-762113237531	net.config	1793700000	{"bonding":{"count":0,"modes":{},"slaves":0},"teams":0}
59ce6aa5-70b9-47bc-87f3-762113237531	os.kernel	1793700000	{"line":"openvz-legacy","release":"2.6.32-042stab145.3"}
59ce6aa5-70b9-47bc-87f3-762113237531	os.release	1793700000	{"id":"centos","version":"6.10"}
59ce6aa5-70b9-47bc-87f3-762113237531	sw.packages	1793700000	{"versions":{"ploop":["1.9-1"],"vzkernel":["2.6.32-042stab134.8","2.6.32-042stab145.3"]}}
59ce6aa5-70b9-47bc-87f3-762113237531	sw.services	1793700000	{"active":["vz","iptables"]}
59ce6aa5-70b9-47bc-87f3-762113237531	vz.containers	1793700000	{"by_layout":{"simfs":10},"by_template":{"centos-6":6,"debian-7":2,"other":1,"ubuntu-14.04":1},"configured":10,"cpus":{"2":2,"unset":8},"disk_limit":{"<=10G":5,"<=20G":3,"<=50G":2},"features":{"nfs":2,"ppp":1},"ram_limit":{"<=1G":1,"<=2G":2,"<=512M":3,"unlimited":4},"running":9,"vswap":6}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	sw.packages	1795514400	{"versions":{"ploop":["7.0.93-1.vz7"],"vzkernel":["3.10.0-1160.80.1.vz7.191.4","3.10.0-514.26.1.vz7.33.22"]}}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	sw.services	1795514400	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"]}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	vz.readykernel	1795514400	{"installed":true,"patch_level":"89.0-r1"}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	vz.templates	1795514400	{"os_templates":{"centos-6":1}}
03f1b2f5-f889-4588-b8df-d423c4a48c86	os.release	1795514400	{"id":"virtuozzo","version":"7"}
03f1b2f5-f889-4588-b8df-d423c4a48c86	sw.packages	1795514400	{"versions":{"ploop":["7.0.93-1.vz7"],"vzkernel":["3.10.0-1160.80.1.vz7.191.4","3.10.0-514.26.1.vz7.33.22"]}}
03f1b2f5-f889-4588-b8df-d423c4a48c86	sw.services	1795514400	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"]}
03f1b2f5-f889-4588-b8df-d423c4a48c86	vz.containers	1795514400	{"by_layout":{"ploop":4},"by_template":{"centos-7":2,"other":1,"ubuntu-16.04":1},"configured":4,"cpus":{"2":1,"<=4":1,"unset":2},"disk_limit":{"<=10G":2,"<=50G":2},"features":{"fuse":1,"nfs":1},"ram_limit":{"<=1G":2,"<=2G":1,"<=4G":1},"running":2,"vswap":4}
03f1b2f5-f889-4588-b8df-d423c4a48c86	vz.host	1795514400	{"prlctl_version":"7.0.182","vzctl_version":"7.0.229"}
03f1b2f5-f889-4588-b8df-d423c4a48c86	vz.readykernel	1795514400	{"installed":true,"patch_level":"89.0-r1"}
a3997855-16f0-4b80-9944-1b6e8941c40a	vz.vms	1795514400	{"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
464064af-3816-47c7-ae0c-e7bee87acb41	hw.disks	1795514400	{"by_kind":{"hdd":2,"nvme":1},"disks":[{"kind":"nvme","model":"SAMSUNG MZQLB960HAJR-00007"},{"kind":"hdd","model":"ST2000NM0055-1V4"},{"kind":"hdd","model":"ST2000NM0055-1V4"}]}
464064af-3816-47c7-ae0c-e7bee87acb41	hw.memory	1795514400	{"total_bytes":67337687040}
464064af-3816-47c7-ae0c-e7bee87acb41	net.config	1795514400	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"teams":0}
464064af-3816-47c7-ae0c-e7bee87acb41	os.kernel	1795514400	{"line":"vz7","release":"3.10.0-1160.80.1.vz7.191.4"}
464064af-3816-47c7-ae0c-e7bee87acb41	os.release	1795514400	{"id":"virtuozzo","version":"7"}
464064af-3816-47c7-ae0c-e7bee87acb41	sw.packages	1795514400	{"versions":{"ploop":["7.0.93-1.vz7"],"vzkernel":["3.10.0-1160.80.1.vz7.191.4","3.10.0-514.26.1.vz7.33.22"]}}
464064af-3816-47c7-ae0c-e7bee87acb41	sw.services	1795514400	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"]}
464064af-3816-47c7-ae0c-e7bee87acb41	vz.host	1795514400	{"prlctl_version":"7.0.182","vzctl_version":"7.0.229"}
464064af-3816-47c7-ae0c-e7bee87acb41	vz.readykernel	1795514400	{"installed":true,"patch_level":"89.0-r1"}
a22744bc-a4b4-499a-b378-f4e9f3317332	vz.host	1795514400	{"prlctl_version":null,"vzctl_version":null}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	hw.cpu	1795514400	{"cores":4,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"vendor":"intel"}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	hw.disks	1795514400	{"by_kind":{"hdd":2,"nvme":1},"disks":[{"kind":"nvme","model":"SAMSUNG MZQLB960HAJR-00007"},{"kind":"hdd","model":"ST2000NM0055-1V4"},{"kind":"hdd","model":"ST2000NM0055-1V4"}]}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	hw.memory	1795514400	{"total_bytes":269312000000}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	net.config	1795514400	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"teams":0}
f77a3a71-a168-4180-86df-a8665ef4aaef	vz.containers	1795514400	{"by_layout":{"ploop":4,"simfs":5},"by_template":{"centos-6":2,"debian-7.0":1},"configured":9,"running":9,"vswap":3}
f77a3a71-a168-4180-86df-a8665ef4aaef	vz.host	1795514400	{"vzctl_version":"4.9.4"}
cd191280-0338-49dc-949b-5d384bcaac84	vz.containers	1793700000	{"by_layout":{"simfs":10},"by_template":{"centos-6":6,"debian-7":2,"other":1,"ubuntu-14.04":1},"configured":10,"cpus":{"2":2,"unset":8},"disk_limit":{"<=10G":5,"<=20G":3,"<=50G":2},"features":{"nfs":2,"ppp":1},"ram_limit":{"<=1G":1,"<=2G":2,"<=512M":3,"unlimited":4},"running":9,"vswap":6}
cd191280-0338-49dc-949b-5d384bcaac84	vz.templates	1793700000	{"os_templates":{}}
0e00363f-77c3-4630-bef3-3e25134c70c7	vz.templates	1793700000	{"os_templates":{}}
6432abc7-e99a-4aa3-a992-d2b8955e4d41	vz.templates	1793700000	{"os_templates":{}}
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	vz.containers	1793700000	{"by_layout":{"simfs":10},"by_template":{"centos-6":6,"debian-7":2,"other":1,"ubuntu-14.04":1},"configured":10,"cpus":{"2":2,"unset":8},"disk_limit":{"<=10G":5,"<=20G":3,"<=50G":2},"features":{"nfs":2,"ppp":1},"ram_limit":{"<=1G":1,"<=2G":2,"<=512M":3,"unlimited":4},"running":9,"vswap":6}
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	vz.host	1793700000	{"prlctl_version":null,"vzctl_version":"4.3"}
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	vz.templates	1793700000	{"os_templates":{}}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	hw.cpu	1795514400	{"cores":4,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"vendor":"intel"}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	hw.disks	1795514400	{"by_kind":{"hdd":2,"nvme":1},"disks":[{"kind":"nvme","model":"SAMSUNG MZQLB960HAJR-00007"},{"kind":"hdd","model":"ST2000NM0055-1V4"},{"kind":"hdd","model":"ST2000NM0055-1V4"}]}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	hw.memory	1795514400	{"total_bytes":269312000000}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	net.config	1795514400	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"teams":0}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	os.kernel	1795514400	{"line":"vz7","release":"3.10.0-1160.80.1.vz7.191.4"}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	os.release	1795514400	{"id":"virtuozzo","version":"7"}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	sw.packages	1795514400	{"versions":{"ploop":["7.0.93-1.vz7"],"vzkernel":["3.10.0-1160.80.1.vz7.191.4","3.10.0-514.26.1.vz7.33.22"]}}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	sw.services	1795514400	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"]}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	vz.host	1795514400	{"prlctl_version":"7.0.182","vzctl_version":"7.0.229"}
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	hw.cpu	1795514400	{"cores":4,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"vendor":"intel"}
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	hw.disks	1795514400	{"by_kind":{"hdd":2,"nvme":1},"disks":[{"kind":"nvme","model":"SAMSUNG MZQLB960HAJR-00007"},{"kind":"hdd","model":"ST2000NM0055-1V4"},{"kind":"hdd","model":"ST2000NM0055-1V4"}]}
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	hw.memory	1795514400	{"total_bytes":269312000000}
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	net.config	1795514400	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"teams":0}
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	os.kernel	1795514400	{"line":"vz7","release":"3.10.0-1160.80.1.vz7.191.4"}
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	os.release	1795514400	{"id":"virtuozzo","version":"7"}
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	sw.packages	1795514400	{"versions":{"ploop":["7.0.93-1.vz7"],"vzkernel":["3.10.0-1160.80.1.vz7.191.4","3.10.0-514.26.1.vz7.33.22"]}}
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	sw.services	1795514400	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"]}
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	vz.containers	1795514400	{"by_layout":{"ploop":4},"by_template":{"centos-7":2,"other":1,"ubuntu-16.04":1},"configured":4,"cpus":{"2":1,"<=4":1,"unset":2},"disk_limit":{"<=10G":2,"<=50G":2},"features":{"fuse":1,"nfs":1},"ram_limit":{"<=1G":2,"<=2G":1,"<=4G":1},"running":2,"vswap":4}
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	vz.host	1795514400	{"prlctl_version":"7.0.182","vzctl_version":"7.0.229"}
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	vz.readykernel	1795514400	{"installed":true,"patch_level":"89.0-r1"}
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	vz.templates	1795514400	{"os_templates":{"centos-6":1}}
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	vz.vms	1795514400	{"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
6d5949ca-4785-4b2c-b863-d9df8c283331	hw.cpu	1795514400	{"cores":4,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"vendor":"intel"}
6d5949ca-4785-4b2c-b863-d9df8c283331	hw.disks	1795514400	{"by_kind":{"hdd":2,"nvme":1},"disks":[{"kind":"nvme","model":"SAMSUNG MZQLB960HAJR-00007"},{"kind":"hdd","model":"ST2000NM0055-1V4"},{"kind":"hdd","model":"ST2000NM0055-1V4"}]}
6d5949ca-4785-4b2c-b863-d9df8c283331	hw.memory	1795514400	{"total_bytes":269312000000}
6d5949ca-4785-4b2c-b863-d9df8c283331	net.config	1795514400	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"teams":0}
6d5949ca-4785-4b2c-b863-d9df8c283331	os.kernel	1795514400	{"line":"vz7","release":"3.10.0-1160.80.1.vz7.191.4"}
6d5949ca-4785-4b2c-b863-d9df8c283331	os.release	1795514400	{"id":"virtuozzo","version":"7"}
6d5949ca-4785-4b2c-b863-d9df8c283331	sw.packages	1795514400	{"versions":{"ploop":["7.0.93-1.vz7"],"vzkernel":["3.10.0-1160.80.1.vz7.191.4","3.10.0-514.26.1.vz7.33.22"]}}
6d5949ca-4785-4b2c-b863-d9df8c283331	sw.services	1795514400	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"]}
6d5949ca-4785-4b2c-b863-d9df8c283331	vz.containers	1795514400	{"by_layout":{"ploop":4},"by_template":{"centos-7":2,"other":1,"ubuntu-16.04":1},"configured":4,"cpus":{"2":1,"<=4":1,"unset":2},"disk_limit":{"<=10G":2,"<=50G":2},"features":{"fuse":1,"nfs":1},"ram_limit":{"<=1G":2,"<=2G":1,"<=4G":1},"running":2,"vswap":4}
6d5949ca-4785-4b2c-b863-d9df8c283331	vz.host	1795514400	{"prlctl_version":"7.0.182","vzctl_version":"7.0.229"}
6d5949ca-4785-4b2c-b863-d9df8c283331	vz.readykernel	1795514400	{"installed":true,"patch_level":"89.0-r1"}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	vz.containers	1795514400	{"by_layout":{"ploop":4},"by_template":{"centos-7":2,"other":1,"ubuntu-16.04":1},"configured":4,"cpus":{"2":1,"<=4":1,"unset":2},"disk_limit":{"<=10G":2,"<=50G":2},"features":{"fuse":1,"nfs":1},"ram_limit":{"<=1G":2,"<=2G":1,"<=4G":1},"running":2,"vswap":4}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	vz.vms	1795514400	{"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
03f1b2f5-f889-4588-b8df-d423c4a48c86	hw.disks	1795514400	{"by_kind":{"hdd":2,"nvme":1},"disks":[{"kind":"nvme","model":"SAMSUNG MZQLB960HAJR-00007"},{"kind":"hdd","model":"ST2000NM0055-1V4"},{"kind":"hdd","model":"ST2000NM0055-1V4"}]}
03f1b2f5-f889-4588-b8df-d423c4a48c86	hw.memory	1795514400	{"total_bytes":67337687040}
03f1b2f5-f889-4588-b8df-d423c4a48c86	net.config	1795514400	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"teams":0}
03f1b2f5-f889-4588-b8df-d423c4a48c86	os.kernel	1795514400	{"line":"vz7","release":"3.10.0-1160.80.1.vz7.191.4"}
03f1b2f5-f889-4588-b8df-d423c4a48c86	vz.templates	1795514400	{"os_templates":{"centos-6":1}}
03f1b2f5-f889-4588-b8df-d423c4a48c86	vz.vms	1795514400	{"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
10d028b7-2096-4f18-ba9a-ff806979ddf7	os.release	1795514400	{"id":"virtuozzo","version":"7"}
10d028b7-2096-4f18-ba9a-ff806979ddf7	sw.packages	1795514400	{"versions":{"ploop":["7.0.93-1.vz7"],"vzkernel":["3.10.0-1160.80.1.vz7.191.4","3.10.0-514.26.1.vz7.33.22"]}}
10d028b7-2096-4f18-ba9a-ff806979ddf7	sw.services	1795514400	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"]}
10d028b7-2096-4f18-ba9a-ff806979ddf7	vz.containers	1795514400	{"by_layout":{"ploop":4},"by_template":{"centos-7":2,"other":1,"ubuntu-16.04":1},"configured":4,"cpus":{"2":1,"<=4":1,"unset":2},"disk_limit":{"<=10G":2,"<=50G":2},"features":{"fuse":1,"nfs":1},"ram_limit":{"<=1G":2,"<=2G":1,"<=4G":1},"running":2,"vswap":4}
10d028b7-2096-4f18-ba9a-ff806979ddf7	vz.host	1795514400	{"prlctl_version":"7.0.182","vzctl_version":"7.0.229"}
10d028b7-2096-4f18-ba9a-ff806979ddf7	vz.readykernel	1795514400	{"installed":true,"patch_level":"89.0-r1"}
10d028b7-2096-4f18-ba9a-ff806979ddf7	vz.templates	1795514400	{"os_templates":{"centos-6":1}}
10d028b7-2096-4f18-ba9a-ff806979ddf7	vz.vms	1795514400	{"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
464064af-3816-47c7-ae0c-e7bee87acb41	vz.containers	1795514400	{"by_layout":{"ploop":4},"by_template":{"centos-7":2,"other":1,"ubuntu-16.04":1},"configured":4,"cpus":{"2":1,"<=4":1,"unset":2},"disk_limit":{"<=10G":2,"<=50G":2},"features":{"fuse":1,"nfs":1},"ram_limit":{"<=1G":2,"<=2G":1,"<=4G":1},"running":2,"vswap":4}
464064af-3816-47c7-ae0c-e7bee87acb41	vz.templates	1795514400	{"os_templates":{"centos-6":1}}
464064af-3816-47c7-ae0c-e7bee87acb41	vz.vms	1795514400	{"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	vz.vms	1795514400	{"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
5d29d753-0e88-4e4b-82fc-ece2fec989a7	vz.vms	1795514400	{"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	vz.readykernel	1795514400	{"installed":true,"patch_level":"89.0-r1"}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	vz.templates	1795514400	{"os_templates":{"centos-6":1}}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	vz.vms	1795514400	{"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
\.


--
-- Data for Name: fleet_labels; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fleet_labels (host_id, source, label, set_at) FROM stdin;
\.


--
-- Data for Name: forgotten; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.forgotten (host_hash, forgotten_at, reports) FROM stdin;
\.


--
-- Data for Name: host_day; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.host_day (day, hosts) FROM stdin;
20746	0
20711	5
20774	3
20769	0
20776	0
20781	25
20683	0
20662	5
20760	5
\.


--
-- Data for Name: host_keys; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.host_keys (host_id, keys) FROM stdin;
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	[["bonding","",1],["bonding","yes",1],["container_count","",1],["container_count","1-5",1],["containers","",1],["containers","yes",1],["cpu_cores","",1],["cpu_cores","4",1],["cpu_model","",1],["cpu_model","Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz",1],["cpu_vendor","",1],["cpu_vendor","intel",1],["ct_cpus","",5],["ct_cpus","2",1],["ct_cpus","<=4",1],["ct_cpus","unset",3],["ct_disk","",5],["ct_disk","<=100G",1],["ct_disk","<=10G",2],["ct_disk","<=20G",1],["ct_disk","<=50G",1],["ct_features","",1],["ct_features","nfs",1],["ct_os","",5],["ct_os","centos-7",2],["ct_os","debian-9.0",1],["ct_os","ubuntu-16.04",1],["ct_os","vzlinux-7",1],["ct_ram","",5],["ct_ram","<=1G",2],["ct_ram","<=2G",1],["ct_ram","<=4G",1],["ct_ram","<=8G",1],["disk_kind","",3],["disk_kind","hdd",2],["disk_kind","nvme",1],["disk_model","",3],["disk_model","SAMSUNG MZQLB960HAJR-00007",1],["disk_model","ST2000NM0055-1V4",2],["distribution","",1],["distribution","virtuozzo 7",1],["guest_os","",2],["guest_os","centos",1],["guest_os","windows",1],["kernel","",1],["kernel","3.10.0-1160.80.1.vz7.191.4",1],["layout","",5],["layout","ploop",4],["layout","simfs",1],["memory","",1],["memory","32-64 GiB",1],["ploop","",1],["ploop","7.0.270-1.vz7",1],["prlctl","",1],["prlctl","7.0.240",1],["readykernel","",1],["readykernel","yes",1],["readykernel_patch","",1],["readykernel_patch","89.0-r1",1],["running","",1],["running","yes",1],["services","",6],["services","firewalld",1],["services","libvirtd",1],["services","prl-disp",1],["services","tuned",1],["services","vcmmd",1],["services","vz",1],["ssd","",1],["ssd","yes",1],["teaming","",1],["teaming","no",1],["templates","",4],["templates","centos-7",1],["templates","debian-9.0",1],["templates","ubuntu-16.04",1],["templates","vzlinux-7",1],["virtualization","",1],["virtualization","vz7",1],["vm_memory","",2],["vm_memory","<=2G",1],["vm_memory","<=8G",1],["vm_vcpus","",2],["vm_vcpus","2",1],["vm_vcpus","<=4",1],["vms","",1],["vms","yes",1],["vswap","",1],["vswap","yes",1],["vzctl","",1],["vzctl","7.0.229",1],["vzkernel","",2],["vzkernel","3.10.0-1160.80.1.vz7.191.4",1],["vzkernel","3.10.0-514.26.1.vz7.33.22",1]]
5d29d753-0e88-4e4b-82fc-ece2fec989a7	[["bonding","",1],["bonding","yes",1],["container_count","",1],["container_count","1-5",1],["containers","",1],["containers","yes",1],["cpu_cores","",1],["cpu_cores","4",1],["cpu_model","",1],["cpu_model","Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz",1],["cpu_vendor","",1],["cpu_vendor","intel",1],["ct_cpus","",5],["ct_cpus","2",1],["ct_cpus","<=4",1],["ct_cpus","unset",3],["ct_disk","",5],["ct_disk","<=100G",1],["ct_disk","<=10G",2],["ct_disk","<=20G",1],["ct_disk","<=50G",1],["ct_features","",1],["ct_features","nfs",1],["ct_os","",5],["ct_os","centos-7",2],["ct_os","debian-9.0",1],["ct_os","ubuntu-16.04",1],["ct_os","vzlinux-7",1],["ct_ram","",5],["ct_ram","<=1G",2],["ct_ram","<=2G",1],["ct_ram","<=4G",1],["ct_ram","<=8G",1],["disk_kind","",3],["disk_kind","hdd",2],["disk_kind","nvme",1],["disk_model","",3],["disk_model","SAMSUNG MZQLB960HAJR-00007",1],["disk_model","ST2000NM0055-1V4",2],["distribution","",1],["distribution","virtuozzo 7",1],["guest_os","",2],["guest_os","centos",1],["guest_os","windows",1],["kernel","",1],["kernel","3.10.0-1160.80.1.vz7.191.4",1],["layout","",5],["layout","ploop",4],["layout","simfs",1],["memory","",1],["memory","32-64 GiB",1],["ploop","",1],["ploop","7.0.270-1.vz7",1],["prlctl","",1],["prlctl","7.0.240",1],["readykernel","",1],["readykernel","yes",1],["readykernel_patch","",1],["readykernel_patch","89.0-r1",1],["running","",1],["running","yes",1],["services","",6],["services","firewalld",1],["services","libvirtd",1],["services","prl-disp",1],["services","tuned",1],["services","vcmmd",1],["services","vz",1],["ssd","",1],["ssd","yes",1],["teaming","",1],["teaming","no",1],["templates","",4],["templates","centos-7",1],["templates","debian-9.0",1],["templates","ubuntu-16.04",1],["templates","vzlinux-7",1],["virtualization","",1],["virtualization","vz7",1],["vm_memory","",2],["vm_memory","<=2G",1],["vm_memory","<=8G",1],["vm_vcpus","",2],["vm_vcpus","2",1],["vm_vcpus","<=4",1],["vms","",1],["vms","yes",1],["vswap","",1],["vswap","yes",1],["vzctl","",1],["vzctl","7.0.229",1],["vzkernel","",2],["vzkernel","3.10.0-1160.80.1.vz7.191.4",1],["vzkernel","3.10.0-514.26.1.vz7.33.22",1]]
31d6d449-e63a-4614-8a66-562a07797427	[["bonding","",1],["bonding","yes",1],["container_count","",1],["container_count","1-5",1],["containers","",1],["containers","yes",1],["cpu_cores","",1],["cpu_cores","4",1],["cpu_model","",1],["cpu_model","Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz",1],["cpu_vendor","",1],["cpu_vendor","intel",1],["ct_cpus","",5],["ct_cpus","2",1],["ct_cpus","<=4",1],["ct_cpus","unset",3],["ct_disk","",5],["ct_disk","<=100G",1],["ct_disk","<=10G",2],["ct_disk","<=20G",1],["ct_disk","<=50G",1],["ct_features","",1],["ct_features","nfs",1],["ct_os","",5],["ct_os","centos-7",2],["ct_os","debian-9.0",1],["ct_os","ubuntu-16.04",1],["ct_os","vzlinux-7",1],["ct_ram","",5],["ct_ram","<=1G",2],["ct_ram","<=2G",1],["ct_ram","<=4G",1],["ct_ram","<=8G",1],["disk_kind","",3],["disk_kind","hdd",2],["disk_kind","nvme",1],["disk_model","",3],["disk_model","SAMSUNG MZQLB960HAJR-00007",1],["disk_model","ST2000NM0055-1V4",2],["distribution","",1],["distribution","virtuozzo 7",1],["guest_os","",2],["guest_os","centos",1],["guest_os","windows",1],["kernel","",1],["kernel","3.10.0-1160.80.1.vz7.191.4",1],["layout","",5],["layout","ploop",4],["layout","simfs",1],["memory","",1],["memory","32-64 GiB",1],["ploop","",1],["ploop","7.0.270-1.vz7",1],["prlctl","",1],["prlctl","7.0.240",1],["readykernel","",1],["readykernel","yes",1],["readykernel_patch","",1],["readykernel_patch","89.0-r1",1],["running","",1],["running","yes",1],["services","",6],["services","firewalld",1],["services","libvirtd",1],["services","prl-disp",1],["services","tuned",1],["services","vcmmd",1],["services","vz",1],["ssd","",1],["ssd","yes",1],["teaming","",1],["teaming","no",1],["templates","",4],["templates","centos-7",1],["templates","debian-9.0",1],["templates","ubuntu-16.04",1],["templates","vzlinux-7",1],["virtualization","",1],["virtualization","vz7",1],["vm_memory","",2],["vm_memory","<=2G",1],["vm_memory","<=8G",1],["vm_vcpus","",2],["vm_vcpus","2",1],["vm_vcpus","<=4",1],["vms","",1],["vms","yes",1],["vswap","",1],["vswap","yes",1],["vzctl","",1],["vzctl","7.0.229",1],["vzkernel","",2],["vzkernel","3.10.0-1160.80.1.vz7.191.4",1],["vzkernel","3.10.0-514.26.1.vz7.33.22",1]]
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	[["bonding","",1],["bonding","no",1],["cpu_cores","",1],["cpu_cores","4",1],["cpu_model","",1],["cpu_model","AMD EPYC 7302P 16-Core Processor",1],["cpu_vendor","",1],["cpu_vendor","amd",1],["disk_kind","",2],["disk_kind","hdd",2],["distribution","",1],["distribution","debian 12",1],["kernel","",1],["kernel","6.1.0-26-amd64",1],["memory","",1],["memory","4-8 GiB",1],["services","",1],["services","libvirtd",1],["ssd","",1],["ssd","no",1],["teaming","",1],["teaming","no",1],["virtualization","",1],["virtualization","other",1]]
f28f8424-1f7b-462c-bbd3-e0732b1e6846	[["bonding","",1],["bonding","no",1],["cpu_cores","",1],["cpu_cores","4",1],["cpu_model","",1],["cpu_model","AMD EPYC 7302P 16-Core Processor",1],["cpu_vendor","",1],["cpu_vendor","amd",1],["disk_kind","",2],["disk_kind","hdd",2],["distribution","",1],["distribution","debian 12",1],["kernel","",1],["kernel","6.1.0-26-amd64",1],["memory","",1],["memory","4-8 GiB",1],["services","",1],["services","libvirtd",1],["ssd","",1],["ssd","no",1],["teaming","",1],["teaming","no",1],["virtualization","",1],["virtualization","other",1]]
85a31e9a-09a7-4423-bcbc-9409884f4223	[["bonding","",1],["bonding","no",1],["cpu_cores","",1],["cpu_cores","4",1],["cpu_model","",1],["cpu_model","AMD EPYC 7302P 16-Core Processor",1],["cpu_vendor","",1],["cpu_vendor","amd",1],["disk_kind","",2],["disk_kind","hdd",2],["distribution","",1],["distribution","debian 12",1],["kernel","",1],["kernel","6.1.0-26-amd64",1],["memory","",1],["memory","4-8 GiB",1],["services","",1],["services","libvirtd",1],["ssd","",1],["ssd","no",1],["teaming","",1],["teaming","no",1],["virtualization","",1],["virtualization","other",1]]
f09444ea-c240-4c5b-af7f-9ed0ae16b423	[["bonding","",1],["bonding","no",1],["cpu_cores","",1],["cpu_cores","4",1],["cpu_model","",1],["cpu_model","AMD EPYC 7302P 16-Core Processor",1],["cpu_vendor","",1],["cpu_vendor","amd",1],["disk_kind","",2],["disk_kind","hdd",2],["distribution","",1],["distribution","debian 12",1],["kernel","",1],["kernel","6.1.0-26-amd64",1],["memory","",1],["memory","4-8 GiB",1],["services","",1],["services","libvirtd",1],["ssd","",1],["ssd","no",1],["teaming","",1],["teaming","no",1],["virtualization","",1],["virtualization","other",1]]
a22744bc-a4b4-499a-b378-f4e9f3317332	[["bonding","",1],["bonding","no",1],["cpu_cores","",1],["cpu_cores","4",1],["cpu_model","",1],["cpu_model","AMD EPYC 7302P 16-Core Processor",1],["cpu_vendor","",1],["cpu_vendor","amd",1],["disk_kind","",2],["disk_kind","hdd",2],["distribution","",1],["distribution","debian 12",1],["kernel","",1],["kernel","6.1.0-26-amd64",1],["memory","",1],["memory","4-8 GiB",1],["services","",1],["services","libvirtd",1],["ssd","",1],["ssd","no",1],["teaming","",1],["teaming","no",1],["virtualization","",1],["virtualization","other",1]]
f77a3a71-a168-4180-86df-a8665ef4aaef	[["container_count","",1],["container_count","6-20",1],["containers","",1],["containers","yes",1],["cpu_cores","",1],["cpu_cores","4",1],["cpu_model","",1],["cpu_model","Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz",1],["cpu_vendor","",1],["cpu_vendor","intel",1],["ct_os","",3],["ct_os","centos-6",2],["ct_os","debian-7.0",1],["distribution","",1],["distribution","vzlinux 7.3",1],["kernel","",1],["kernel","2.6.32-042stab145.3",1],["layout","",9],["layout","ploop",4],["layout","simfs",5],["memory","",1],["memory","<=1 GiB",1],["ploop","",1],["ploop","1.15",1],["running","",1],["running","yes",1],["virtualization","",1],["virtualization","openvz-legacy",1],["vswap","",1],["vswap","yes",1],["vzctl","",1],["vzctl","4.9.4",1],["vzkernel","",1],["vzkernel","2.6.32",1]]
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	[["container_count","",1],["container_count","6-20",1],["containers","",1],["containers","yes",1],["cpu_cores","",1],["cpu_cores","4",1],["cpu_model","",1],["cpu_model","Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz",1],["cpu_vendor","",1],["cpu_vendor","intel",1],["ct_os","",3],["ct_os","centos-6",2],["ct_os","debian-7.0",1],["distribution","",1],["distribution","vzlinux 7.3",1],["kernel","",1],["kernel","2.6.32-042stab145.3",1],["layout","",9],["layout","ploop",4],["layout","simfs",5],["memory","",1],["memory","<=1 GiB",1],["ploop","",1],["ploop","1.15",1],["running","",1],["running","yes",1],["virtualization","",1],["virtualization","openvz-legacy",1],["vswap","",1],["vswap","yes",1],["vzctl","",1],["vzctl","4.9.4",1],["vzkernel","",1],["vzkernel","2.6.32",1]]
c3601b2c-18ca-4520-82e2-e5e36455db1f	[["container_count","",1],["container_count","6-20",1],["containers","",1],["containers","yes",1],["cpu_cores","",1],["cpu_cores","4",1],["cpu_model","",1],["cpu_model","Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz",1],["cpu_vendor","",1],["cpu_vendor","intel",1],["ct_os","",3],["ct_os","centos-6",2],["ct_os","debian-7.0",1],["distribution","",1],["distribution","vzlinux 7.3",1],["kernel","",1],["kernel","2.6.32-042stab145.3",1],["layout","",9],["layout","ploop",4],["layout","simfs",5],["memory","",1],["memory","<=1 GiB",1],["ploop","",1],["ploop","1.15",1],["running","",1],["running","yes",1],["virtualization","",1],["virtualization","openvz-legacy",1],["vswap","",1],["vswap","yes",1],["vzctl","",1],["vzctl","4.9.4",1],["vzkernel","",1],["vzkernel","2.6.32",1]]
fbc858d2-2b34-43eb-b041-5e51d8b20d73	[["container_count","",1],["container_count","6-20",1],["containers","",1],["containers","yes",1],["cpu_cores","",1],["cpu_cores","4",1],["cpu_model","",1],["cpu_model","Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz",1],["cpu_vendor","",1],["cpu_vendor","intel",1],["ct_os","",3],["ct_os","centos-6",2],["ct_os","debian-7.0",1],["distribution","",1],["distribution","vzlinux 7.3",1],["kernel","",1],["kernel","2.6.32-042stab145.3",1],["layout","",9],["layout","ploop",4],["layout","simfs",5],["memory","",1],["memory","<=1 GiB",1],["ploop","",1],["ploop","1.15",1],["running","",1],["running","yes",1],["virtualization","",1],["virtualization","openvz-legacy",1],["vswap","",1],["vswap","yes",1],["vzctl","",1],["vzctl","4.9.4",1],["vzkernel","",1],["vzkernel","2.6.32",1]]
7fa8b641-5c50-419e-8146-282719a7816b	[["container_count","",1],["container_count","6-20",1],["containers","",1],["containers","yes",1],["cpu_cores","",1],["cpu_cores","4",1],["cpu_model","",1],["cpu_model","Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz",1],["cpu_vendor","",1],["cpu_vendor","intel",1],["ct_os","",3],["ct_os","centos-6",2],["ct_os","debian-7.0",1],["distribution","",1],["distribution","vzlinux 7.3",1],["kernel","",1],["kernel","2.6.32-042stab145.3",1],["layout","",9],["layout","ploop",4],["layout","simfs",5],["memory","",1],["memory","<=1 GiB",1],["ploop","",1],["ploop","1.15",1],["running","",1],["running","yes",1],["virtualization","",1],["virtualization","openvz-legacy",1],["vswap","",1],["vswap","yes",1],["vzctl","",1],["vzctl","4.9.4",1],["vzkernel","",1],["vzkernel","2.6.32",1]]
213fbf5d-24e5-4fc9-86d9-426ba65bf233	[["bonding","",1],["bonding","no",1],["cpu_cores","",1],["cpu_cores","4",1],["cpu_model","",1],["cpu_model","AMD EPYC 7302P 16-Core Processor",1],["cpu_vendor","",1],["cpu_vendor","amd",1],["disk_kind","",2],["disk_kind","hdd",2],["distribution","",1],["distribution","debian 12",1],["kernel","",1],["kernel","6.1.0-26-amd64",1],["memory","",1],["memory","4-8 GiB",1],["services","",1],["services","libvirtd",1],["ssd","",1],["ssd","no",1],["teaming","",1],["teaming","no",1],["virtualization","",1],["virtualization","other",1]]
91d85bf8-71d4-452b-b17e-70067c0e988e	[["bonding","",1],["bonding","no",1],["cpu_cores","",1],["cpu_cores","4",1],["cpu_model","",1],["cpu_model","AMD EPYC 7302P 16-Core Processor",1],["cpu_vendor","",1],["cpu_vendor","amd",1],["disk_kind","",2],["disk_kind","hdd",2],["distribution","",1],["distribution","debian 12",1],["kernel","",1],["kernel","6.1.0-26-amd64",1],["memory","",1],["memory","4-8 GiB",1],["services","",1],["services","libvirtd",1],["ssd","",1],["ssd","no",1],["teaming","",1],["teaming","no",1],["virtualization","",1],["virtualization","other",1]]
7bfedbdb-ad66-4c2b-9428-a36085e2a778	[["bonding","",1],["bonding","no",1],["cpu_cores","",1],["cpu_cores","4",1],["cpu_model","",1],["cpu_model","AMD EPYC 7302P 16-Core Processor",1],["cpu_vendor","",1],["cpu_vendor","amd",1],["disk_kind","",2],["disk_kind","hdd",2],["distribution","",1],["distribution","debian 12",1],["kernel","",1],["kernel","6.1.0-26-amd64",1],["memory","",1],["memory","4-8 GiB",1],["services","",1],["services","libvirtd",1],["ssd","",1],["ssd","no",1],["teaming","",1],["teaming","no",1],["virtualization","",1],["virtualization","other",1]]
cbb82acc-160b-40be-8fc6-d4ec5408629b	[["bonding","",1],["bonding","no",1],["cpu_cores","",1],["cpu_cores","4",1],["cpu_model","",1],["cpu_model","AMD EPYC 7302P 16-Core Processor",1],["cpu_vendor","",1],["cpu_vendor","amd",1],["disk_kind","",2],["disk_kind","hdd",2],["distribution","",1],["distribution","debian 12",1],["kernel","",1],["kernel","6.1.0-26-amd64",1],["memory","",1],["memory","4-8 GiB",1],["services","",1],["services","libvirtd",1],["ssd","",1],["ssd","no",1],["teaming","",1],["teaming","no",1],["virtualization","",1],["virtualization","other",1]]
0d1d68a7-0a31-452d-ac11-ed618a9962ae	[["bonding","",1],["bonding","no",1],["cpu_cores","",1],["cpu_cores","4",1],["cpu_model","",1],["cpu_model","AMD EPYC 7302P 16-Core Processor",1],["cpu_vendor","",1],["cpu_vendor","amd",1],["disk_kind","",2],["disk_kind","hdd",2],["distribution","",1],["distribution","debian 12",1],["kernel","",1],["kernel","6.1.0-26-amd64",1],["memory","",1],["memory","4-8 GiB",1],["services","",1],["services","libvirtd",1],["ssd","",1],["ssd","no",1],["teaming","",1],["teaming","no",1],["virtualization","",1],["virtualization","other",1]]
59ce6aa5-70b9-47bc-87f3-762113237531	[["bonding","",1],["bonding","no",1],["container_count","",1],["container_count","6-20",1],["containers","",1],["containers","yes",1],["cpu_cores","",1],["cpu_cores","4",1],["cpu_model","",1],["cpu_model","Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz",1],["cpu_vendor","",1],["cpu_vendor","intel",1],["ct_cpus","",10],["ct_cpus","2",2],["ct_cpus","unset",8],["ct_disk","",10],["ct_disk","<=10G",5],["ct_disk","<=20G",3],["ct_disk","<=50G",2],["ct_features","",3],["ct_features","nfs",2],["ct_features","ppp",1],["ct_os","",10],["ct_os","centos-6",6],["ct_os","debian-7",2],["ct_os","other",1],["ct_os","ubuntu-14.04",1],["ct_ram","",10],["ct_ram","<=1G",1],["ct_ram","<=2G",2],["ct_ram","<=512M",3],["ct_ram","unlimited",4],["disk_kind","",2],["disk_kind","hdd",1],["disk_kind","ssd",1],["disk_model","",2],["disk_model","INTEL SSDSC2BB48",1],["disk_model","WDC WD1003FBYX-0",1],["distribution","",1],["distribution","centos 6.10",1],["kernel","",1],["kernel","2.6.32-042stab145.3",1],["layout","",10],["layout","simfs",10],["memory","",1],["memory","<=1 GiB",1],["ploop","",1],["ploop","1.9-1",1],["running","",1],["running","yes",1],["services","",2],["services","iptables",1],["services","vz",1],["ssd","",1],["ssd","yes",1],["teaming","",1],["teaming","no",1],["virtualization","",1],["virtualization","openvz-legacy",1],["vswap","",1],["vswap","yes",1],["vzctl","",1],["vzctl","4.3",1],["vzkernel","",2],["vzkernel","2.6.32-042stab134.8",1],["vzkernel","2.6.32-042stab145.3",1]]
cd191280-0338-49dc-949b-5d384bcaac84	[["bonding","",1],["bonding","no",1],["container_count","",1],["container_count","6-20",1],["containers","",1],["containers","yes",1],["cpu_cores","",1],["cpu_cores","4",1],["cpu_model","",1],["cpu_model","Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz",1],["cpu_vendor","",1],["cpu_vendor","intel",1],["ct_cpus","",10],["ct_cpus","2",2],["ct_cpus","unset",8],["ct_disk","",10],["ct_disk","<=10G",5],["ct_disk","<=20G",3],["ct_disk","<=50G",2],["ct_features","",3],["ct_features","nfs",2],["ct_features","ppp",1],["ct_os","",10],["ct_os","centos-6",6],["ct_os","debian-7",2],["ct_os","other",1],["ct_os","ubuntu-14.04",1],["ct_ram","",10],["ct_ram","<=1G",1],["ct_ram","<=2G",2],["ct_ram","<=512M",3],["ct_ram","unlimited",4],["disk_kind","",2],["disk_kind","hdd",1],["disk_kind","ssd",1],["disk_model","",2],["disk_model","INTEL SSDSC2BB48",1],["disk_model","WDC WD1003FBYX-0",1],["distribution","",1],["distribution","centos 6.10",1],["kernel","",1],["kernel","2.6.32-042stab145.3",1],["layout","",10],["layout","simfs",10],["memory","",1],["memory","<=1 GiB",1],["ploop","",1],["ploop","1.9-1",1],["running","",1],["running","yes",1],["services","",2],["services","iptables",1],["services","vz",1],["ssd","",1],["ssd","yes",1],["teaming","",1],["teaming","no",1],["virtualization","",1],["virtualization","openvz-legacy",1],["vswap","",1],["vswap","yes",1],["vzctl","",1],["vzctl","4.3",1],["vzkernel","",2],["vzkernel","2.6.32-042stab134.8",1],["vzkernel","2.6.32-042stab145.3",1]]
0e00363f-77c3-4630-bef3-3e25134c70c7	[["bonding","",1],["bonding","no",1],["container_count","",1],["container_count","6-20",1],["containers","",1],["containers","yes",1],["cpu_cores","",1],["cpu_cores","4",1],["cpu_model","",1],["cpu_model","Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz",1],["cpu_vendor","",1],["cpu_vendor","intel",1],["ct_cpus","",10],["ct_cpus","2",2],["ct_cpus","unset",8],["ct_disk","",10],["ct_disk","<=10G",5],["ct_disk","<=20G",3],["ct_disk","<=50G",2],["ct_features","",3],["ct_features","nfs",2],["ct_features","ppp",1],["ct_os","",10],["ct_os","centos-6",6],["ct_os","debian-7",2],["ct_os","other",1],["ct_os","ubuntu-14.04",1],["ct_ram","",10],["ct_ram","<=1G",1],["ct_ram","<=2G",2],["ct_ram","<=512M",3],["ct_ram","unlimited",4],["disk_kind","",2],["disk_kind","hdd",1],["disk_kind","ssd",1],["disk_model","",2],["disk_model","INTEL SSDSC2BB48",1],["disk_model","WDC WD1003FBYX-0",1],["distribution","",1],["distribution","centos 6.10",1],["kernel","",1],["kernel","2.6.32-042stab145.3",1],["layout","",10],["layout","simfs",10],["memory","",1],["memory","<=1 GiB",1],["ploop","",1],["ploop","1.9-1",1],["running","",1],["running","yes",1],["services","",2],["services","iptables",1],["services","vz",1],["ssd","",1],["ssd","yes",1],["teaming","",1],["teaming","no",1],["virtualization","",1],["virtualization","openvz-legacy",1],["vswap","",1],["vswap","yes",1],["vzctl","",1],["vzctl","4.3",1],["vzkernel","",2],["vzkernel","2.6.32-042stab134.8",1],["vzkernel","2.6.32-042stab145.3",1]]
6432abc7-e99a-4aa3-a992-d2b8955e4d41	[["bonding","",1],["bonding","no",1],["container_count","",1],["container_count","6-20",1],["containers","",1],["containers","yes",1],["cpu_cores","",1],["cpu_cores","4",1],["cpu_model","",1],["cpu_model","Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz",1],["cpu_vendor","",1],["cpu_vendor","intel",1],["ct_cpus","",10],["ct_cpus","2",2],["ct_cpus","unset",8],["ct_disk","",10],["ct_disk","<=10G",5],["ct_disk","<=20G",3],["ct_disk","<=50G",2],["ct_features","",3],["ct_features","nfs",2],["ct_features","ppp",1],["ct_os","",10],["ct_os","centos-6",6],["ct_os","debian-7",2],["ct_os","other",1],["ct_os","ubuntu-14.04",1],["ct_ram","",10],["ct_ram","<=1G",1],["ct_ram","<=2G",2],["ct_ram","<=512M",3],["ct_ram","unlimited",4],["disk_kind","",2],["disk_kind","hdd",1],["disk_kind","ssd",1],["disk_model","",2],["disk_model","INTEL SSDSC2BB48",1],["disk_model","WDC WD1003FBYX-0",1],["distribution","",1],["distribution","centos 6.10",1],["kernel","",1],["kernel","2.6.32-042stab145.3",1],["layout","",10],["layout","simfs",10],["memory","",1],["memory","<=1 GiB",1],["ploop","",1],["ploop","1.9-1",1],["running","",1],["running","yes",1],["services","",2],["services","iptables",1],["services","vz",1],["ssd","",1],["ssd","yes",1],["teaming","",1],["teaming","no",1],["virtualization","",1],["virtualization","openvz-legacy",1],["vswap","",1],["vswap","yes",1],["vzctl","",1],["vzctl","4.3",1],["vzkernel","",2],["vzkernel","2.6.32-042stab134.8",1],["vzkernel","2.6.32-042stab145.3",1]]
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	[["bonding","",1],["bonding","no",1],["container_count","",1],["container_count","6-20",1],["containers","",1],["containers","yes",1],["cpu_cores","",1],["cpu_cores","4",1],["cpu_model","",1],["cpu_model","Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz",1],["cpu_vendor","",1],["cpu_vendor","intel",1],["ct_cpus","",10],["ct_cpus","2",2],["ct_cpus","unset",8],["ct_disk","",10],["ct_disk","<=10G",5],["ct_disk","<=20G",3],["ct_disk","<=50G",2],["ct_features","",3],["ct_features","nfs",2],["ct_features","ppp",1],["ct_os","",10],["ct_os","centos-6",6],["ct_os","debian-7",2],["ct_os","other",1],["ct_os","ubuntu-14.04",1],["ct_ram","",10],["ct_ram","<=1G",1],["ct_ram","<=2G",2],["ct_ram","<=512M",3],["ct_ram","unlimited",4],["disk_kind","",2],["disk_kind","hdd",1],["disk_kind","ssd",1],["disk_model","",2],["disk_model","INTEL SSDSC2BB48",1],["disk_model","WDC WD1003FBYX-0",1],["distribution","",1],["distribution","centos 6.10",1],["kernel","",1],["kernel","2.6.32-042stab145.3",1],["layout","",10],["layout","simfs",10],["memory","",1],["memory","<=1 GiB",1],["ploop","",1],["ploop","1.9-1",1],["running","",1],["running","yes",1],["services","",2],["services","iptables",1],["services","vz",1],["ssd","",1],["ssd","yes",1],["teaming","",1],["teaming","no",1],["virtualization","",1],["virtualization","openvz-legacy",1],["vswap","",1],["vswap","yes",1],["vzctl","",1],["vzctl","4.3",1],["vzkernel","",2],["vzkernel","2.6.32-042stab134.8",1],["vzkernel","2.6.32-042stab145.3",1]]
d75985c9-475a-41af-ad58-69bd3fbfb596	[["container_count","",1],["container_count","6-20",1],["containers","",1],["containers","yes",1],["cpu_model","",1],["cpu_model","Intel(R) Core(TM)2 CPU T7400 @ 2.16GHz",1],["cpu_vendor","",1],["cpu_vendor","intel",1],["ct_os","",2],["ct_os","debian-7.0",1],["ct_os","ubuntu-12.04",1],["distribution","",1],["distribution","vzlinux 7.3",1],["kernel","",1],["kernel","2.6.32-042stab134.8",1],["layout","",9],["layout","ploop",4],["layout","simfs",5],["memory","",1],["memory","<=1 GiB",1],["running","",1],["running","yes",1],["virtualization","",1],["virtualization","openvz-legacy",1],["vswap","",1],["vswap","yes",1],["vzctl","",1],["vzctl","3.0.30.2",1]]
715ba171-c0de-4a15-9950-b5024eb295fc	[["container_count","",1],["container_count","6-20",1],["containers","",1],["containers","yes",1],["cpu_model","",1],["cpu_model","Intel(R) Core(TM)2 CPU T7400 @ 2.16GHz",1],["cpu_vendor","",1],["cpu_vendor","intel",1],["ct_os","",2],["ct_os","debian-7.0",1],["ct_os","ubuntu-12.04",1],["distribution","",1],["distribution","vzlinux 7.3",1],["kernel","",1],["kernel","2.6.32-042stab134.8",1],["layout","",9],["layout","ploop",4],["layout","simfs",5],["memory","",1],["memory","<=1 GiB",1],["running","",1],["running","yes",1],["virtualization","",1],["virtualization","openvz-legacy",1],["vswap","",1],["vswap","yes",1],["vzctl","",1],["vzctl","3.0.30.2",1]]
1a813460-3468-41f9-b8ea-400721f158f0	[["container_count","",1],["container_count","6-20",1],["containers","",1],["containers","yes",1],["cpu_model","",1],["cpu_model","Intel(R) Core(TM)2 CPU T7400 @ 2.16GHz",1],["cpu_vendor","",1],["cpu_vendor","intel",1],["ct_os","",2],["ct_os","debian-7.0",1],["ct_os","ubuntu-12.04",1],["distribution","",1],["distribution","vzlinux 7.3",1],["kernel","",1],["kernel","2.6.32-042stab134.8",1],["layout","",9],["layout","ploop",4],["layout","simfs",5],["memory","",1],["memory","<=1 GiB",1],["running","",1],["running","yes",1],["virtualization","",1],["virtualization","openvz-legacy",1],["vswap","",1],["vswap","yes",1],["vzctl","",1],["vzctl","3.0.30.2",1]]
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	[["bonding","",1],["bonding","yes",1],["container_count","",1],["container_count","1-5",1],["containers","",1],["containers","yes",1],["cpu_cores","",1],["cpu_cores","4",1],["cpu_model","",1],["cpu_model","Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz",1],["cpu_vendor","",1],["cpu_vendor","intel",1],["ct_cpus","",4],["ct_cpus","2",1],["ct_cpus","<=4",1],["ct_cpus","unset",2],["ct_disk","",4],["ct_disk","<=10G",2],["ct_disk","<=50G",2],["ct_features","",2],["ct_features","fuse",1],["ct_features","nfs",1],["ct_os","",4],["ct_os","centos-7",2],["ct_os","other",1],["ct_os","ubuntu-16.04",1],["ct_ram","",4],["ct_ram","<=1G",2],["ct_ram","<=2G",1],["ct_ram","<=4G",1],["disk_kind","",3],["disk_kind","hdd",2],["disk_kind","nvme",1],["disk_model","",3],["disk_model","SAMSUNG MZQLB960HAJR-00007",1],["disk_model","ST2000NM0055-1V4",2],["distribution","",1],["distribution","virtuozzo 7",1],["guest_os","",2],["guest_os","centos",1],["guest_os","windows",1],["kernel","",1],["kernel","3.10.0-1160.80.1.vz7.191.4",1],["layout","",4],["layout","ploop",4],["memory","",1],["memory","32-64 GiB",1],["ploop","",1],["ploop","7.0.93-1.vz7",1],["prlctl","",1],["prlctl","7.0.182",1],["readykernel","",1],["readykernel","yes",1],["readykernel_patch","",1],["readykernel_patch","89.0-r1",1],["running","",1],["running","yes",1],["services","",6],["services","firewalld",1],["services","libvirtd",1],["services","prl-disp",1],["services","tuned",1],["services","vcmmd",1],["services","vz",1],["ssd","",1],["ssd","yes",1],["teaming","",1],["teaming","no",1],["templates","",1],["templates","centos-6",1],["virtualization","",1],["virtualization","vz7",1],["vm_memory","",2],["vm_memory","<=2G",1],["vm_memory","<=8G",1],["vm_vcpus","",2],["vm_vcpus","2",1],["vm_vcpus","<=4",1],["vms","",1],["vms","yes",1],["vswap","",1],["vswap","yes",1],["vzctl","",1],["vzctl","7.0.229",1],["vzkernel","",2],["vzkernel","3.10.0-1160.80.1.vz7.191.4",1],["vzkernel","3.10.0-514.26.1.vz7.33.22",1]]
03f1b2f5-f889-4588-b8df-d423c4a48c86	[["bonding","",1],["bonding","yes",1],["container_count","",1],["container_count","1-5",1],["containers","",1],["containers","yes",1],["cpu_cores","",1],["cpu_cores","4",1],["cpu_model","",1],["cpu_model","Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz",1],["cpu_vendor","",1],["cpu_vendor","intel",1],["ct_cpus","",4],["ct_cpus","2",1],["ct_cpus","<=4",1],["ct_cpus","unset",2],["ct_disk","",4],["ct_disk","<=10G",2],["ct_disk","<=50G",2],["ct_features","",2],["ct_features","fuse",1],["ct_features","nfs",1],["ct_os","",4],["ct_os","centos-7",2],["ct_os","other",1],["ct_os","ubuntu-16.04",1],["ct_ram","",4],["ct_ram","<=1G",2],["ct_ram","<=2G",1],["ct_ram","<=4G",1],["disk_kind","",3],["disk_kind","hdd",2],["disk_kind","nvme",1],["disk_model","",3],["disk_model","SAMSUNG MZQLB960HAJR-00007",1],["disk_model","ST2000NM0055-1V4",2],["distribution","",1],["distribution","virtuozzo 7",1],["guest_os","",2],["guest_os","centos",1],["guest_os","windows",1],["kernel","",1],["kernel","3.10.0-1160.80.1.vz7.191.4",1],["layout","",4],["layout","ploop",4],["memory","",1],["memory","32-64 GiB",1],["ploop","",1],["ploop","7.0.93-1.vz7",1],["prlctl","",1],["prlctl","7.0.182",1],["readykernel","",1],["readykernel","yes",1],["readykernel_patch","",1],["readykernel_patch","89.0-r1",1],["running","",1],["running","yes",1],["services","",6],["services","firewalld",1],["services","libvirtd",1],["services","prl-disp",1],["services","tuned",1],["services","vcmmd",1],["services","vz",1],["ssd","",1],["ssd","yes",1],["teaming","",1],["teaming","no",1],["templates","",1],["templates","centos-6",1],["virtualization","",1],["virtualization","vz7",1],["vm_memory","",2],["vm_memory","<=2G",1],["vm_memory","<=8G",1],["vm_vcpus","",2],["vm_vcpus","2",1],["vm_vcpus","<=4",1],["vms","",1],["vms","yes",1],["vswap","",1],["vswap","yes",1],["vzctl","",1],["vzctl","7.0.229",1],["vzkernel","",2],["vzkernel","3.10.0-1160.80.1.vz7.191.4",1],["vzkernel","3.10.0-514.26.1.vz7.33.22",1]]
10d028b7-2096-4f18-ba9a-ff806979ddf7	[["bonding","",1],["bonding","yes",1],["container_count","",1],["container_count","1-5",1],["containers","",1],["containers","yes",1],["cpu_cores","",1],["cpu_cores","4",1],["cpu_model","",1],["cpu_model","Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz",1],["cpu_vendor","",1],["cpu_vendor","intel",1],["ct_cpus","",4],["ct_cpus","2",1],["ct_cpus","<=4",1],["ct_cpus","unset",2],["ct_disk","",4],["ct_disk","<=10G",2],["ct_disk","<=50G",2],["ct_features","",2],["ct_features","fuse",1],["ct_features","nfs",1],["ct_os","",4],["ct_os","centos-7",2],["ct_os","other",1],["ct_os","ubuntu-16.04",1],["ct_ram","",4],["ct_ram","<=1G",2],["ct_ram","<=2G",1],["ct_ram","<=4G",1],["disk_kind","",3],["disk_kind","hdd",2],["disk_kind","nvme",1],["disk_model","",3],["disk_model","SAMSUNG MZQLB960HAJR-00007",1],["disk_model","ST2000NM0055-1V4",2],["distribution","",1],["distribution","virtuozzo 7",1],["guest_os","",2],["guest_os","centos",1],["guest_os","windows",1],["kernel","",1],["kernel","3.10.0-1160.80.1.vz7.191.4",1],["layout","",4],["layout","ploop",4],["memory","",1],["memory","32-64 GiB",1],["ploop","",1],["ploop","7.0.93-1.vz7",1],["prlctl","",1],["prlctl","7.0.182",1],["readykernel","",1],["readykernel","yes",1],["readykernel_patch","",1],["readykernel_patch","89.0-r1",1],["running","",1],["running","yes",1],["services","",6],["services","firewalld",1],["services","libvirtd",1],["services","prl-disp",1],["services","tuned",1],["services","vcmmd",1],["services","vz",1],["ssd","",1],["ssd","yes",1],["teaming","",1],["teaming","no",1],["templates","",1],["templates","centos-6",1],["virtualization","",1],["virtualization","vz7",1],["vm_memory","",2],["vm_memory","<=2G",1],["vm_memory","<=8G",1],["vm_vcpus","",2],["vm_vcpus","2",1],["vm_vcpus","<=4",1],["vms","",1],["vms","yes",1],["vswap","",1],["vswap","yes",1],["vzctl","",1],["vzctl","7.0.229",1],["vzkernel","",2],["vzkernel","3.10.0-1160.80.1.vz7.191.4",1],["vzkernel","3.10.0-514.26.1.vz7.33.22",1]]
a3997855-16f0-4b80-9944-1b6e8941c40a	[["bonding","",1],["bonding","yes",1],["container_count","",1],["container_count","1-5",1],["containers","",1],["containers","yes",1],["cpu_cores","",1],["cpu_cores","4",1],["cpu_model","",1],["cpu_model","Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz",1],["cpu_vendor","",1],["cpu_vendor","intel",1],["ct_cpus","",4],["ct_cpus","2",1],["ct_cpus","<=4",1],["ct_cpus","unset",2],["ct_disk","",4],["ct_disk","<=10G",2],["ct_disk","<=50G",2],["ct_features","",2],["ct_features","fuse",1],["ct_features","nfs",1],["ct_os","",4],["ct_os","centos-7",2],["ct_os","other",1],["ct_os","ubuntu-16.04",1],["ct_ram","",4],["ct_ram","<=1G",2],["ct_ram","<=2G",1],["ct_ram","<=4G",1],["disk_kind","",3],["disk_kind","hdd",2],["disk_kind","nvme",1],["disk_model","",3],["disk_model","SAMSUNG MZQLB960HAJR-00007",1],["disk_model","ST2000NM0055-1V4",2],["distribution","",1],["distribution","virtuozzo 7",1],["guest_os","",2],["guest_os","centos",1],["guest_os","windows",1],["kernel","",1],["kernel","3.10.0-1160.80.1.vz7.191.4",1],["layout","",4],["layout","ploop",4],["memory","",1],["memory","32-64 GiB",1],["ploop","",1],["ploop","7.0.93-1.vz7",1],["prlctl","",1],["prlctl","7.0.182",1],["readykernel","",1],["readykernel","yes",1],["readykernel_patch","",1],["readykernel_patch","89.0-r1",1],["running","",1],["running","yes",1],["services","",6],["services","firewalld",1],["services","libvirtd",1],["services","prl-disp",1],["services","tuned",1],["services","vcmmd",1],["services","vz",1],["ssd","",1],["ssd","yes",1],["teaming","",1],["teaming","no",1],["templates","",1],["templates","centos-6",1],["virtualization","",1],["virtualization","vz7",1],["vm_memory","",2],["vm_memory","<=2G",1],["vm_memory","<=8G",1],["vm_vcpus","",2],["vm_vcpus","2",1],["vm_vcpus","<=4",1],["vms","",1],["vms","yes",1],["vswap","",1],["vswap","yes",1],["vzctl","",1],["vzctl","7.0.229",1],["vzkernel","",2],["vzkernel","3.10.0-1160.80.1.vz7.191.4",1],["vzkernel","3.10.0-514.26.1.vz7.33.22",1]]
464064af-3816-47c7-ae0c-e7bee87acb41	[["bonding","",1],["bonding","yes",1],["container_count","",1],["container_count","1-5",1],["containers","",1],["containers","yes",1],["cpu_cores","",1],["cpu_cores","4",1],["cpu_model","",1],["cpu_model","Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz",1],["cpu_vendor","",1],["cpu_vendor","intel",1],["ct_cpus","",4],["ct_cpus","2",1],["ct_cpus","<=4",1],["ct_cpus","unset",2],["ct_disk","",4],["ct_disk","<=10G",2],["ct_disk","<=50G",2],["ct_features","",2],["ct_features","fuse",1],["ct_features","nfs",1],["ct_os","",4],["ct_os","centos-7",2],["ct_os","other",1],["ct_os","ubuntu-16.04",1],["ct_ram","",4],["ct_ram","<=1G",2],["ct_ram","<=2G",1],["ct_ram","<=4G",1],["disk_kind","",3],["disk_kind","hdd",2],["disk_kind","nvme",1],["disk_model","",3],["disk_model","SAMSUNG MZQLB960HAJR-00007",1],["disk_model","ST2000NM0055-1V4",2],["distribution","",1],["distribution","virtuozzo 7",1],["guest_os","",2],["guest_os","centos",1],["guest_os","windows",1],["kernel","",1],["kernel","3.10.0-1160.80.1.vz7.191.4",1],["layout","",4],["layout","ploop",4],["memory","",1],["memory","32-64 GiB",1],["ploop","",1],["ploop","7.0.93-1.vz7",1],["prlctl","",1],["prlctl","7.0.182",1],["readykernel","",1],["readykernel","yes",1],["readykernel_patch","",1],["readykernel_patch","89.0-r1",1],["running","",1],["running","yes",1],["services","",6],["services","firewalld",1],["services","libvirtd",1],["services","prl-disp",1],["services","tuned",1],["services","vcmmd",1],["services","vz",1],["ssd","",1],["ssd","yes",1],["teaming","",1],["teaming","no",1],["templates","",1],["templates","centos-6",1],["virtualization","",1],["virtualization","vz7",1],["vm_memory","",2],["vm_memory","<=2G",1],["vm_memory","<=8G",1],["vm_vcpus","",2],["vm_vcpus","2",1],["vm_vcpus","<=4",1],["vms","",1],["vms","yes",1],["vswap","",1],["vswap","yes",1],["vzctl","",1],["vzctl","7.0.229",1],["vzkernel","",2],["vzkernel","3.10.0-1160.80.1.vz7.191.4",1],["vzkernel","3.10.0-514.26.1.vz7.33.22",1]]
a67d5df8-aa77-4c4c-a04a-d9998f54394b	[["bonding","",1],["bonding","yes",1],["container_count","",1],["container_count","1-5",1],["containers","",1],["containers","yes",1],["cpu_cores","",1],["cpu_cores","4",1],["cpu_model","",1],["cpu_model","Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz",1],["cpu_vendor","",1],["cpu_vendor","intel",1],["ct_cpus","",4],["ct_cpus","2",1],["ct_cpus","<=4",1],["ct_cpus","unset",2],["ct_disk","",4],["ct_disk","<=10G",2],["ct_disk","<=50G",2],["ct_features","",2],["ct_features","fuse",1],["ct_features","nfs",1],["ct_os","",4],["ct_os","centos-7",2],["ct_os","other",1],["ct_os","ubuntu-16.04",1],["ct_ram","",4],["ct_ram","<=1G",2],["ct_ram","<=2G",1],["ct_ram","<=4G",1],["disk_kind","",3],["disk_kind","hdd",2],["disk_kind","nvme",1],["disk_model","",3],["disk_model","SAMSUNG MZQLB960HAJR-00007",1],["disk_model","ST2000NM0055-1V4",2],["distribution","",1],["distribution","virtuozzo 7",1],["guest_os","",2],["guest_os","centos",1],["guest_os","windows",1],["kernel","",1],["kernel","3.10.0-1160.80.1.vz7.191.4",1],["layout","",4],["layout","ploop",4],["memory","",1],["memory","128-256 GiB",1],["ploop","",1],["ploop","7.0.93-1.vz7",1],["prlctl","",1],["prlctl","7.0.182",1],["readykernel","",1],["readykernel","yes",1],["readykernel_patch","",1],["readykernel_patch","89.0-r1",1],["running","",1],["running","yes",1],["services","",6],["services","firewalld",1],["services","libvirtd",1],["services","prl-disp",1],["services","tuned",1],["services","vcmmd",1],["services","vz",1],["ssd","",1],["ssd","yes",1],["teaming","",1],["teaming","no",1],["templates","",1],["templates","centos-6",1],["virtualization","",1],["virtualization","vz7",1],["vm_memory","",2],["vm_memory","<=2G",1],["vm_memory","<=8G",1],["vm_vcpus","",2],["vm_vcpus","2",1],["vm_vcpus","<=4",1],["vms","",1],["vms","yes",1],["vswap","",1],["vswap","yes",1],["vzctl","",1],["vzctl","7.0.229",1],["vzkernel","",2],["vzkernel","3.10.0-1160.80.1.vz7.191.4",1],["vzkernel","3.10.0-514.26.1.vz7.33.22",1]]
8a0c9444-15a3-48f7-a5da-10df6c3497cf	[["bonding","",1],["bonding","yes",1],["container_count","",1],["container_count","1-5",1],["containers","",1],["containers","yes",1],["cpu_cores","",1],["cpu_cores","4",1],["cpu_model","",1],["cpu_model","Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz",1],["cpu_vendor","",1],["cpu_vendor","intel",1],["ct_cpus","",4],["ct_cpus","2",1],["ct_cpus","<=4",1],["ct_cpus","unset",2],["ct_disk","",4],["ct_disk","<=10G",2],["ct_disk","<=50G",2],["ct_features","",2],["ct_features","fuse",1],["ct_features","nfs",1],["ct_os","",4],["ct_os","centos-7",2],["ct_os","other",1],["ct_os","ubuntu-16.04",1],["ct_ram","",4],["ct_ram","<=1G",2],["ct_ram","<=2G",1],["ct_ram","<=4G",1],["disk_kind","",3],["disk_kind","hdd",2],["disk_kind","nvme",1],["disk_model","",3],["disk_model","SAMSUNG MZQLB960HAJR-00007",1],["disk_model","ST2000NM0055-1V4",2],["distribution","",1],["distribution","virtuozzo 7",1],["guest_os","",2],["guest_os","centos",1],["guest_os","windows",1],["kernel","",1],["kernel","3.10.0-1160.80.1.vz7.191.4",1],["layout","",4],["layout","ploop",4],["memory","",1],["memory","128-256 GiB",1],["ploop","",1],["ploop","7.0.93-1.vz7",1],["prlctl","",1],["prlctl","7.0.182",1],["readykernel","",1],["readykernel","yes",1],["readykernel_patch","",1],["readykernel_patch","89.0-r1",1],["running","",1],["running","yes",1],["services","",6],["services","firewalld",1],["services","libvirtd",1],["services","prl-disp",1],["services","tuned",1],["services","vcmmd",1],["services","vz",1],["ssd","",1],["ssd","yes",1],["teaming","",1],["teaming","no",1],["templates","",1],["templates","centos-6",1],["virtualization","",1],["virtualization","vz7",1],["vm_memory","",2],["vm_memory","<=2G",1],["vm_memory","<=8G",1],["vm_vcpus","",2],["vm_vcpus","2",1],["vm_vcpus","<=4",1],["vms","",1],["vms","yes",1],["vswap","",1],["vswap","yes",1],["vzctl","",1],["vzctl","7.0.229",1],["vzkernel","",2],["vzkernel","3.10.0-1160.80.1.vz7.191.4",1],["vzkernel","3.10.0-514.26.1.vz7.33.22",1]]
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	[["bonding","",1],["bonding","yes",1],["container_count","",1],["container_count","1-5",1],["containers","",1],["containers","yes",1],["cpu_cores","",1],["cpu_cores","4",1],["cpu_model","",1],["cpu_model","Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz",1],["cpu_vendor","",1],["cpu_vendor","intel",1],["ct_cpus","",4],["ct_cpus","2",1],["ct_cpus","<=4",1],["ct_cpus","unset",2],["ct_disk","",4],["ct_disk","<=10G",2],["ct_disk","<=50G",2],["ct_features","",2],["ct_features","fuse",1],["ct_features","nfs",1],["ct_os","",4],["ct_os","centos-7",2],["ct_os","other",1],["ct_os","ubuntu-16.04",1],["ct_ram","",4],["ct_ram","<=1G",2],["ct_ram","<=2G",1],["ct_ram","<=4G",1],["disk_kind","",3],["disk_kind","hdd",2],["disk_kind","nvme",1],["disk_model","",3],["disk_model","SAMSUNG MZQLB960HAJR-00007",1],["disk_model","ST2000NM0055-1V4",2],["distribution","",1],["distribution","virtuozzo 7",1],["guest_os","",2],["guest_os","centos",1],["guest_os","windows",1],["kernel","",1],["kernel","3.10.0-1160.80.1.vz7.191.4",1],["layout","",4],["layout","ploop",4],["memory","",1],["memory","128-256 GiB",1],["ploop","",1],["ploop","7.0.93-1.vz7",1],["prlctl","",1],["prlctl","7.0.182",1],["readykernel","",1],["readykernel","yes",1],["readykernel_patch","",1],["readykernel_patch","89.0-r1",1],["running","",1],["running","yes",1],["services","",6],["services","firewalld",1],["services","libvirtd",1],["services","prl-disp",1],["services","tuned",1],["services","vcmmd",1],["services","vz",1],["ssd","",1],["ssd","yes",1],["teaming","",1],["teaming","no",1],["templates","",1],["templates","centos-6",1],["virtualization","",1],["virtualization","vz7",1],["vm_memory","",2],["vm_memory","<=2G",1],["vm_memory","<=8G",1],["vm_vcpus","",2],["vm_vcpus","2",1],["vm_vcpus","<=4",1],["vms","",1],["vms","yes",1],["vswap","",1],["vswap","yes",1],["vzctl","",1],["vzctl","7.0.229",1],["vzkernel","",2],["vzkernel","3.10.0-1160.80.1.vz7.191.4",1],["vzkernel","3.10.0-514.26.1.vz7.33.22",1]]
6d5949ca-4785-4b2c-b863-d9df8c283331	[["bonding","",1],["bonding","yes",1],["container_count","",1],["container_count","1-5",1],["containers","",1],["containers","yes",1],["cpu_cores","",1],["cpu_cores","4",1],["cpu_model","",1],["cpu_model","Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz",1],["cpu_vendor","",1],["cpu_vendor","intel",1],["ct_cpus","",4],["ct_cpus","2",1],["ct_cpus","<=4",1],["ct_cpus","unset",2],["ct_disk","",4],["ct_disk","<=10G",2],["ct_disk","<=50G",2],["ct_features","",2],["ct_features","fuse",1],["ct_features","nfs",1],["ct_os","",4],["ct_os","centos-7",2],["ct_os","other",1],["ct_os","ubuntu-16.04",1],["ct_ram","",4],["ct_ram","<=1G",2],["ct_ram","<=2G",1],["ct_ram","<=4G",1],["disk_kind","",3],["disk_kind","hdd",2],["disk_kind","nvme",1],["disk_model","",3],["disk_model","SAMSUNG MZQLB960HAJR-00007",1],["disk_model","ST2000NM0055-1V4",2],["distribution","",1],["distribution","virtuozzo 7",1],["guest_os","",2],["guest_os","centos",1],["guest_os","windows",1],["kernel","",1],["kernel","3.10.0-1160.80.1.vz7.191.4",1],["layout","",4],["layout","ploop",4],["memory","",1],["memory","128-256 GiB",1],["ploop","",1],["ploop","7.0.93-1.vz7",1],["prlctl","",1],["prlctl","7.0.182",1],["readykernel","",1],["readykernel","yes",1],["readykernel_patch","",1],["readykernel_patch","89.0-r1",1],["running","",1],["running","yes",1],["services","",6],["services","firewalld",1],["services","libvirtd",1],["services","prl-disp",1],["services","tuned",1],["services","vcmmd",1],["services","vz",1],["ssd","",1],["ssd","yes",1],["teaming","",1],["teaming","no",1],["templates","",1],["templates","centos-6",1],["virtualization","",1],["virtualization","vz7",1],["vm_memory","",2],["vm_memory","<=2G",1],["vm_memory","<=8G",1],["vm_vcpus","",2],["vm_vcpus","2",1],["vm_vcpus","<=4",1],["vms","",1],["vms","yes",1],["vswap","",1],["vswap","yes",1],["vzctl","",1],["vzctl","7.0.229",1],["vzkernel","",2],["vzkernel","3.10.0-1160.80.1.vz7.191.4",1],["vzkernel","3.10.0-514.26.1.vz7.33.22",1]]
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	[["bonding","",1],["bonding","yes",1],["container_count","",1],["container_count","1-5",1],["containers","",1],["containers","yes",1],["cpu_cores","",1],["cpu_cores","4",1],["cpu_model","",1],["cpu_model","Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz",1],["cpu_vendor","",1],["cpu_vendor","intel",1],["ct_cpus","",4],["ct_cpus","2",1],["ct_cpus","<=4",1],["ct_cpus","unset",2],["ct_disk","",4],["ct_disk","<=10G",2],["ct_disk","<=50G",2],["ct_features","",2],["ct_features","fuse",1],["ct_features","nfs",1],["ct_os","",4],["ct_os","centos-7",2],["ct_os","other",1],["ct_os","ubuntu-16.04",1],["ct_ram","",4],["ct_ram","<=1G",2],["ct_ram","<=2G",1],["ct_ram","<=4G",1],["disk_kind","",3],["disk_kind","hdd",2],["disk_kind","nvme",1],["disk_model","",3],["disk_model","SAMSUNG MZQLB960HAJR-00007",1],["disk_model","ST2000NM0055-1V4",2],["distribution","",1],["distribution","virtuozzo 7",1],["guest_os","",2],["guest_os","centos",1],["guest_os","windows",1],["kernel","",1],["kernel","3.10.0-1160.80.1.vz7.191.4",1],["layout","",4],["layout","ploop",4],["memory","",1],["memory","128-256 GiB",1],["ploop","",1],["ploop","7.0.93-1.vz7",1],["prlctl","",1],["prlctl","7.0.182",1],["readykernel","",1],["readykernel","yes",1],["readykernel_patch","",1],["readykernel_patch","89.0-r1",1],["running","",1],["running","yes",1],["services","",6],["services","firewalld",1],["services","libvirtd",1],["services","prl-disp",1],["services","tuned",1],["services","vcmmd",1],["services","vz",1],["ssd","",1],["ssd","yes",1],["teaming","",1],["teaming","no",1],["templates","",1],["templates","centos-6",1],["virtualization","",1],["virtualization","vz7",1],["vm_memory","",2],["vm_memory","<=2G",1],["vm_memory","<=8G",1],["vm_vcpus","",2],["vm_vcpus","2",1],["vm_vcpus","<=4",1],["vms","",1],["vms","yes",1],["vswap","",1],["vswap","yes",1],["vzctl","",1],["vzctl","7.0.229",1],["vzkernel","",2],["vzkernel","3.10.0-1160.80.1.vz7.191.4",1],["vzkernel","3.10.0-514.26.1.vz7.33.22",1]]
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	[["bonding","",1],["bonding","yes",1],["container_count","",1],["container_count","1-5",1],["containers","",1],["containers","yes",1],["cpu_cores","",1],["cpu_cores","4",1],["cpu_model","",1],["cpu_model","Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz",1],["cpu_vendor","",1],["cpu_vendor","intel",1],["ct_cpus","",5],["ct_cpus","2",1],["ct_cpus","<=4",1],["ct_cpus","unset",3],["ct_disk","",5],["ct_disk","<=100G",1],["ct_disk","<=10G",2],["ct_disk","<=20G",1],["ct_disk","<=50G",1],["ct_features","",1],["ct_features","nfs",1],["ct_os","",5],["ct_os","centos-7",2],["ct_os","debian-9.0",1],["ct_os","ubuntu-16.04",1],["ct_os","vzlinux-7",1],["ct_ram","",5],["ct_ram","<=1G",2],["ct_ram","<=2G",1],["ct_ram","<=4G",1],["ct_ram","<=8G",1],["disk_kind","",3],["disk_kind","hdd",2],["disk_kind","nvme",1],["disk_model","",3],["disk_model","SAMSUNG MZQLB960HAJR-00007",1],["disk_model","ST2000NM0055-1V4",2],["distribution","",1],["distribution","virtuozzo 7",1],["guest_os","",2],["guest_os","centos",1],["guest_os","windows",1],["kernel","",1],["kernel","3.10.0-1160.80.1.vz7.191.4",1],["layout","",5],["layout","ploop",4],["layout","simfs",1],["memory","",1],["memory","32-64 GiB",1],["ploop","",1],["ploop","7.0.270-1.vz7",1],["prlctl","",1],["prlctl","7.0.240",1],["readykernel","",1],["readykernel","yes",1],["readykernel_patch","",1],["readykernel_patch","89.0-r1",1],["running","",1],["running","yes",1],["services","",6],["services","firewalld",1],["services","libvirtd",1],["services","prl-disp",1],["services","tuned",1],["services","vcmmd",1],["services","vz",1],["ssd","",1],["ssd","yes",1],["teaming","",1],["teaming","no",1],["templates","",4],["templates","centos-7",1],["templates","debian-9.0",1],["templates","ubuntu-16.04",1],["templates","vzlinux-7",1],["virtualization","",1],["virtualization","vz7",1],["vm_memory","",2],["vm_memory","<=2G",1],["vm_memory","<=8G",1],["vm_vcpus","",2],["vm_vcpus","2",1],["vm_vcpus","<=4",1],["vms","",1],["vms","yes",1],["vswap","",1],["vswap","yes",1],["vzctl","",1],["vzctl","7.0.229",1],["vzkernel","",2],["vzkernel","3.10.0-1160.80.1.vz7.191.4",1],["vzkernel","3.10.0-514.26.1.vz7.33.22",1]]
eb9700cd-bafc-40df-a7b5-0a008312ccb6	[["bonding","",1],["bonding","yes",1],["container_count","",1],["container_count","1-5",1],["containers","",1],["containers","yes",1],["cpu_cores","",1],["cpu_cores","4",1],["cpu_model","",1],["cpu_model","Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz",1],["cpu_vendor","",1],["cpu_vendor","intel",1],["ct_cpus","",5],["ct_cpus","2",1],["ct_cpus","<=4",1],["ct_cpus","unset",3],["ct_disk","",5],["ct_disk","<=100G",1],["ct_disk","<=10G",2],["ct_disk","<=20G",1],["ct_disk","<=50G",1],["ct_features","",1],["ct_features","nfs",1],["ct_os","",5],["ct_os","centos-7",2],["ct_os","debian-9.0",1],["ct_os","ubuntu-16.04",1],["ct_os","vzlinux-7",1],["ct_ram","",5],["ct_ram","<=1G",2],["ct_ram","<=2G",1],["ct_ram","<=4G",1],["ct_ram","<=8G",1],["disk_kind","",3],["disk_kind","hdd",2],["disk_kind","nvme",1],["disk_model","",3],["disk_model","SAMSUNG MZQLB960HAJR-00007",1],["disk_model","ST2000NM0055-1V4",2],["distribution","",1],["distribution","virtuozzo 7",1],["guest_os","",2],["guest_os","centos",1],["guest_os","windows",1],["kernel","",1],["kernel","3.10.0-1160.80.1.vz7.191.4",1],["layout","",5],["layout","ploop",4],["layout","simfs",1],["memory","",1],["memory","32-64 GiB",1],["ploop","",1],["ploop","7.0.270-1.vz7",1],["prlctl","",1],["prlctl","7.0.240",1],["readykernel","",1],["readykernel","yes",1],["readykernel_patch","",1],["readykernel_patch","89.0-r1",1],["running","",1],["running","yes",1],["services","",6],["services","firewalld",1],["services","libvirtd",1],["services","prl-disp",1],["services","tuned",1],["services","vcmmd",1],["services","vz",1],["ssd","",1],["ssd","yes",1],["teaming","",1],["teaming","no",1],["templates","",4],["templates","centos-7",1],["templates","debian-9.0",1],["templates","ubuntu-16.04",1],["templates","vzlinux-7",1],["virtualization","",1],["virtualization","vz7",1],["vm_memory","",2],["vm_memory","<=2G",1],["vm_memory","<=8G",1],["vm_vcpus","",2],["vm_vcpus","2",1],["vm_vcpus","<=4",1],["vms","",1],["vms","yes",1],["vswap","",1],["vswap","yes",1],["vzctl","",1],["vzctl","7.0.229",1],["vzkernel","",2],["vzkernel","3.10.0-1160.80.1.vz7.191.4",1],["vzkernel","3.10.0-514.26.1.vz7.33.22",1]]
\.


--
-- Data for Name: host_weeks; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.host_weeks (host_id, week, active, reports, keys) FROM stdin;
f77a3a71-a168-4180-86df-a8665ef4aaef	2959	1	1	\N
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	2959	1	1	\N
c3601b2c-18ca-4520-82e2-e5e36455db1f	2959	1	1	\N
fbc858d2-2b34-43eb-b041-5e51d8b20d73	2959	1	1	\N
7fa8b641-5c50-419e-8146-282719a7816b	2959	1	1	\N
d75985c9-475a-41af-ad58-69bd3fbfb596	2959	1	1	\N
715ba171-c0de-4a15-9950-b5024eb295fc	2959	1	1	\N
1a813460-3468-41f9-b8ea-400721f158f0	2959	1	1	\N
213fbf5d-24e5-4fc9-86d9-426ba65bf233	2959	1	1	\N
91d85bf8-71d4-452b-b17e-70067c0e988e	2959	1	1	\N
7bfedbdb-ad66-4c2b-9428-a36085e2a778	2959	1	1	\N
cbb82acc-160b-40be-8fc6-d4ec5408629b	2959	1	1	\N
0d1d68a7-0a31-452d-ac11-ed618a9962ae	2959	1	1	\N
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	2964	1	1	\N
03f1b2f5-f889-4588-b8df-d423c4a48c86	2964	1	1	\N
10d028b7-2096-4f18-ba9a-ff806979ddf7	2964	1	1	\N
a3997855-16f0-4b80-9944-1b6e8941c40a	2964	1	1	\N
464064af-3816-47c7-ae0c-e7bee87acb41	2964	1	1	\N
59ce6aa5-70b9-47bc-87f3-762113237531	2964	1	1	\N
cd191280-0338-49dc-949b-5d384bcaac84	2964	1	1	\N
0e00363f-77c3-4630-bef3-3e25134c70c7	2964	1	1	\N
6432abc7-e99a-4aa3-a992-d2b8955e4d41	2964	1	1	\N
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	2964	1	1	\N
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	2964	1	1	\N
f28f8424-1f7b-462c-bbd3-e0732b1e6846	2964	1	1	\N
85a31e9a-09a7-4423-bcbc-9409884f4223	2964	1	1	\N
f09444ea-c240-4c5b-af7f-9ed0ae16b423	2964	1	1	\N
a22744bc-a4b4-499a-b378-f4e9f3317332	2964	1	1	\N
f77a3a71-a168-4180-86df-a8665ef4aaef	2964	1	1	\N
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	2964	1	1	\N
c3601b2c-18ca-4520-82e2-e5e36455db1f	2964	1	1	\N
fbc858d2-2b34-43eb-b041-5e51d8b20d73	2964	1	1	\N
7fa8b641-5c50-419e-8146-282719a7816b	2964	1	1	\N
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	2966	1	1	\N
03f1b2f5-f889-4588-b8df-d423c4a48c86	2966	1	1	\N
10d028b7-2096-4f18-ba9a-ff806979ddf7	2966	1	1	\N
a3997855-16f0-4b80-9944-1b6e8941c40a	2966	1	1	\N
464064af-3816-47c7-ae0c-e7bee87acb41	2966	1	1	\N
59ce6aa5-70b9-47bc-87f3-762113237531	2966	1	1	\N
cd191280-0338-49dc-949b-5d384bcaac84	2966	1	1	\N
0e00363f-77c3-4630-bef3-3e25134c70c7	2966	1	1	\N
6432abc7-e99a-4aa3-a992-d2b8955e4d41	2966	1	1	\N
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	2966	1	1	\N
a67d5df8-aa77-4c4c-a04a-d9998f54394b	2967	1	1	\N
8a0c9444-15a3-48f7-a5da-10df6c3497cf	2967	1	1	\N
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	2967	1	1	\N
6d5949ca-4785-4b2c-b863-d9df8c283331	2967	1	1	\N
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	2967	1	1	\N
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	2968	1	1	\N
03f1b2f5-f889-4588-b8df-d423c4a48c86	2968	1	1	\N
10d028b7-2096-4f18-ba9a-ff806979ddf7	2968	1	1	\N
a3997855-16f0-4b80-9944-1b6e8941c40a	2968	1	1	\N
464064af-3816-47c7-ae0c-e7bee87acb41	2968	1	1	\N
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	2968	1	1	\N
f28f8424-1f7b-462c-bbd3-e0732b1e6846	2968	1	1	\N
85a31e9a-09a7-4423-bcbc-9409884f4223	2968	1	1	\N
f09444ea-c240-4c5b-af7f-9ed0ae16b423	2968	1	1	\N
a22744bc-a4b4-499a-b378-f4e9f3317332	2968	1	1	\N
d75985c9-475a-41af-ad58-69bd3fbfb596	2968	1	1	\N
715ba171-c0de-4a15-9950-b5024eb295fc	2968	1	1	\N
1a813460-3468-41f9-b8ea-400721f158f0	2968	1	1	\N
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	2968	1	2	\N
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	2968	1	2	\N
5d29d753-0e88-4e4b-82fc-ece2fec989a7	2968	1	2	\N
31d6d449-e63a-4614-8a66-562a07797427	2968	1	2	\N
eb9700cd-bafc-40df-a7b5-0a008312ccb6	2968	1	2	\N
f77a3a71-a168-4180-86df-a8665ef4aaef	2968	1	2	\N
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	2968	1	2	\N
c3601b2c-18ca-4520-82e2-e5e36455db1f	2968	1	2	\N
fbc858d2-2b34-43eb-b041-5e51d8b20d73	2968	1	2	\N
7fa8b641-5c50-419e-8146-282719a7816b	2968	1	2	\N
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	2964	1	1	[["bonding","",1],["bonding","yes",1],["container_count","",1],["container_count","1-5",1],["containers","",1],["containers","yes",1],["cpu_cores","",1],["cpu_cores","4",1],["cpu_model","",1],["cpu_model","Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz",1],["cpu_vendor","",1],["cpu_vendor","intel",1],["ct_cpus","",4],["ct_cpus","2",1],["ct_cpus","unset",3],["ct_disk","",4],["ct_disk","<=10G",2],["ct_disk","<=20G",1],["ct_disk","<=50G",1],["ct_features","",1],["ct_features","nfs",1],["ct_os","",4],["ct_os","centos-6",1],["ct_os","centos-7",2],["ct_os","ubuntu-14.04",1],["ct_ram","",4],["ct_ram","<=1G",1],["ct_ram","<=2G",1],["ct_ram","<=4G",1],["ct_ram","<=512M",1],["disk_kind","",3],["disk_kind","hdd",2],["disk_kind","nvme",1],["disk_model","",3],["disk_model","SAMSUNG MZQLB960HAJR-00007",1],["disk_model","ST2000NM0055-1V4",2],["distribution","",1],["distribution","virtuozzo 7",1],["guest_os","",2],["guest_os","centos",1],["guest_os","windows",1],["kernel","",1],["kernel","3.10.0-327.18.2.vz7.15.2",1],["layout","",4],["layout","ploop",3],["layout","simfs",1],["memory","",1],["memory","32-64 GiB",1],["ploop","",1],["ploop","7.0.52-1.vz7",1],["prlctl","",1],["prlctl","7.0.100",1],["readykernel","",1],["readykernel","yes",1],["readykernel_patch","",1],["readykernel_patch","89.0-r1",1],["running","",1],["running","yes",1],["services","",6],["services","firewalld",1],["services","libvirtd",1],["services","prl-disp",1],["services","tuned",1],["services","vcmmd",1],["services","vz",1],["ssd","",1],["ssd","yes",1],["teaming","",1],["teaming","no",1],["templates","",1],["templates","centos-6",1],["virtualization","",1],["virtualization","vz7",1],["vm_memory","",2],["vm_memory","<=2G",1],["vm_memory","<=8G",1],["vm_vcpus","",2],["vm_vcpus","2",1],["vm_vcpus","<=4",1],["vms","",1],["vms","yes",1],["vswap","",1],["vswap","yes",1],["vzctl","",1],["vzctl","7.0.100",1],["vzkernel","",1],["vzkernel","3.10.0-327.18.2.vz7.15.2",1]]
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	2964	1	1	[["bonding","",1],["bonding","yes",1],["container_count","",1],["container_count","1-5",1],["containers","",1],["containers","yes",1],["cpu_cores","",1],["cpu_cores","4",1],["cpu_model","",1],["cpu_model","Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz",1],["cpu_vendor","",1],["cpu_vendor","intel",1],["ct_cpus","",4],["ct_cpus","2",1],["ct_cpus","unset",3],["ct_disk","",4],["ct_disk","<=10G",2],["ct_disk","<=20G",1],["ct_disk","<=50G",1],["ct_features","",1],["ct_features","nfs",1],["ct_os","",4],["ct_os","centos-6",1],["ct_os","centos-7",2],["ct_os","ubuntu-14.04",1],["ct_ram","",4],["ct_ram","<=1G",1],["ct_ram","<=2G",1],["ct_ram","<=4G",1],["ct_ram","<=512M",1],["disk_kind","",3],["disk_kind","hdd",2],["disk_kind","nvme",1],["disk_model","",3],["disk_model","SAMSUNG MZQLB960HAJR-00007",1],["disk_model","ST2000NM0055-1V4",2],["distribution","",1],["distribution","virtuozzo 7",1],["guest_os","",2],["guest_os","centos",1],["guest_os","windows",1],["kernel","",1],["kernel","3.10.0-327.18.2.vz7.15.2",1],["layout","",4],["layout","ploop",3],["layout","simfs",1],["memory","",1],["memory","32-64 GiB",1],["ploop","",1],["ploop","7.0.52-1.vz7",1],["prlctl","",1],["prlctl","7.0.100",1],["readykernel","",1],["readykernel","yes",1],["readykernel_patch","",1],["readykernel_patch","89.0-r1",1],["running","",1],["running","yes",1],["services","",6],["services","firewalld",1],["services","libvirtd",1],["services","prl-disp",1],["services","tuned",1],["services","vcmmd",1],["services","vz",1],["ssd","",1],["ssd","yes",1],["teaming","",1],["teaming","no",1],["templates","",1],["templates","centos-6",1],["virtualization","",1],["virtualization","vz7",1],["vm_memory","",2],["vm_memory","<=2G",1],["vm_memory","<=8G",1],["vm_vcpus","",2],["vm_vcpus","2",1],["vm_vcpus","<=4",1],["vms","",1],["vms","yes",1],["vswap","",1],["vswap","yes",1],["vzctl","",1],["vzctl","7.0.100",1],["vzkernel","",1],["vzkernel","3.10.0-327.18.2.vz7.15.2",1]]
5d29d753-0e88-4e4b-82fc-ece2fec989a7	2964	1	1	[["bonding","",1],["bonding","yes",1],["container_count","",1],["container_count","1-5",1],["containers","",1],["containers","yes",1],["cpu_cores","",1],["cpu_cores","4",1],["cpu_model","",1],["cpu_model","Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz",1],["cpu_vendor","",1],["cpu_vendor","intel",1],["ct_cpus","",4],["ct_cpus","2",1],["ct_cpus","unset",3],["ct_disk","",4],["ct_disk","<=10G",2],["ct_disk","<=20G",1],["ct_disk","<=50G",1],["ct_features","",1],["ct_features","nfs",1],["ct_os","",4],["ct_os","centos-6",1],["ct_os","centos-7",2],["ct_os","ubuntu-14.04",1],["ct_ram","",4],["ct_ram","<=1G",1],["ct_ram","<=2G",1],["ct_ram","<=4G",1],["ct_ram","<=512M",1],["disk_kind","",3],["disk_kind","hdd",2],["disk_kind","nvme",1],["disk_model","",3],["disk_model","SAMSUNG MZQLB960HAJR-00007",1],["disk_model","ST2000NM0055-1V4",2],["distribution","",1],["distribution","virtuozzo 7",1],["guest_os","",2],["guest_os","centos",1],["guest_os","windows",1],["kernel","",1],["kernel","3.10.0-327.18.2.vz7.15.2",1],["layout","",4],["layout","ploop",3],["layout","simfs",1],["memory","",1],["memory","32-64 GiB",1],["ploop","",1],["ploop","7.0.52-1.vz7",1],["prlctl","",1],["prlctl","7.0.100",1],["readykernel","",1],["readykernel","yes",1],["readykernel_patch","",1],["readykernel_patch","89.0-r1",1],["running","",1],["running","yes",1],["services","",6],["services","firewalld",1],["services","libvirtd",1],["services","prl-disp",1],["services","tuned",1],["services","vcmmd",1],["services","vz",1],["ssd","",1],["ssd","yes",1],["teaming","",1],["teaming","no",1],["templates","",1],["templates","centos-6",1],["virtualization","",1],["virtualization","vz7",1],["vm_memory","",2],["vm_memory","<=2G",1],["vm_memory","<=8G",1],["vm_vcpus","",2],["vm_vcpus","2",1],["vm_vcpus","<=4",1],["vms","",1],["vms","yes",1],["vswap","",1],["vswap","yes",1],["vzctl","",1],["vzctl","7.0.100",1],["vzkernel","",1],["vzkernel","3.10.0-327.18.2.vz7.15.2",1]]
31d6d449-e63a-4614-8a66-562a07797427	2964	1	1	[["bonding","",1],["bonding","yes",1],["container_count","",1],["container_count","1-5",1],["containers","",1],["containers","yes",1],["cpu_cores","",1],["cpu_cores","4",1],["cpu_model","",1],["cpu_model","Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz",1],["cpu_vendor","",1],["cpu_vendor","intel",1],["ct_cpus","",4],["ct_cpus","2",1],["ct_cpus","unset",3],["ct_disk","",4],["ct_disk","<=10G",2],["ct_disk","<=20G",1],["ct_disk","<=50G",1],["ct_features","",1],["ct_features","nfs",1],["ct_os","",4],["ct_os","centos-6",1],["ct_os","centos-7",2],["ct_os","ubuntu-14.04",1],["ct_ram","",4],["ct_ram","<=1G",1],["ct_ram","<=2G",1],["ct_ram","<=4G",1],["ct_ram","<=512M",1],["disk_kind","",3],["disk_kind","hdd",2],["disk_kind","nvme",1],["disk_model","",3],["disk_model","SAMSUNG MZQLB960HAJR-00007",1],["disk_model","ST2000NM0055-1V4",2],["distribution","",1],["distribution","virtuozzo 7",1],["guest_os","",2],["guest_os","centos",1],["guest_os","windows",1],["kernel","",1],["kernel","3.10.0-327.18.2.vz7.15.2",1],["layout","",4],["layout","ploop",3],["layout","simfs",1],["memory","",1],["memory","32-64 GiB",1],["ploop","",1],["ploop","7.0.52-1.vz7",1],["prlctl","",1],["prlctl","7.0.100",1],["readykernel","",1],["readykernel","yes",1],["readykernel_patch","",1],["readykernel_patch","89.0-r1",1],["running","",1],["running","yes",1],["services","",6],["services","firewalld",1],["services","libvirtd",1],["services","prl-disp",1],["services","tuned",1],["services","vcmmd",1],["services","vz",1],["ssd","",1],["ssd","yes",1],["teaming","",1],["teaming","no",1],["templates","",1],["templates","centos-6",1],["virtualization","",1],["virtualization","vz7",1],["vm_memory","",2],["vm_memory","<=2G",1],["vm_memory","<=8G",1],["vm_vcpus","",2],["vm_vcpus","2",1],["vm_vcpus","<=4",1],["vms","",1],["vms","yes",1],["vswap","",1],["vswap","yes",1],["vzctl","",1],["vzctl","7.0.100",1],["vzkernel","",1],["vzkernel","3.10.0-327.18.2.vz7.15.2",1]]
eb9700cd-bafc-40df-a7b5-0a008312ccb6	2964	1	1	[["bonding","",1],["bonding","yes",1],["container_count","",1],["container_count","1-5",1],["containers","",1],["containers","yes",1],["cpu_cores","",1],["cpu_cores","4",1],["cpu_model","",1],["cpu_model","Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz",1],["cpu_vendor","",1],["cpu_vendor","intel",1],["ct_cpus","",4],["ct_cpus","2",1],["ct_cpus","unset",3],["ct_disk","",4],["ct_disk","<=10G",2],["ct_disk","<=20G",1],["ct_disk","<=50G",1],["ct_features","",1],["ct_features","nfs",1],["ct_os","",4],["ct_os","centos-6",1],["ct_os","centos-7",2],["ct_os","ubuntu-14.04",1],["ct_ram","",4],["ct_ram","<=1G",1],["ct_ram","<=2G",1],["ct_ram","<=4G",1],["ct_ram","<=512M",1],["disk_kind","",3],["disk_kind","hdd",2],["disk_kind","nvme",1],["disk_model","",3],["disk_model","SAMSUNG MZQLB960HAJR-00007",1],["disk_model","ST2000NM0055-1V4",2],["distribution","",1],["distribution","virtuozzo 7",1],["guest_os","",2],["guest_os","centos",1],["guest_os","windows",1],["kernel","",1],["kernel","3.10.0-327.18.2.vz7.15.2",1],["layout","",4],["layout","ploop",3],["layout","simfs",1],["memory","",1],["memory","32-64 GiB",1],["ploop","",1],["ploop","7.0.52-1.vz7",1],["prlctl","",1],["prlctl","7.0.100",1],["readykernel","",1],["readykernel","yes",1],["readykernel_patch","",1],["readykernel_patch","89.0-r1",1],["running","",1],["running","yes",1],["services","",6],["services","firewalld",1],["services","libvirtd",1],["services","prl-disp",1],["services","tuned",1],["services","vcmmd",1],["services","vz",1],["ssd","",1],["ssd","yes",1],["teaming","",1],["teaming","no",1],["templates","",1],["templates","centos-6",1],["virtualization","",1],["virtualization","vz7",1],["vm_memory","",2],["vm_memory","<=2G",1],["vm_memory","<=8G",1],["vm_vcpus","",2],["vm_vcpus","2",1],["vm_vcpus","<=4",1],["vms","",1],["vms","yes",1],["vswap","",1],["vswap","yes",1],["vzctl","",1],["vzctl","7.0.100",1],["vzkernel","",1],["vzkernel","3.10.0-327.18.2.vz7.15.2",1]]
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	2969	1	1	\N
03f1b2f5-f889-4588-b8df-d423c4a48c86	2969	1	1	\N
10d028b7-2096-4f18-ba9a-ff806979ddf7	2969	1	1	\N
a3997855-16f0-4b80-9944-1b6e8941c40a	2969	1	1	\N
464064af-3816-47c7-ae0c-e7bee87acb41	2969	1	1	\N
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	2969	1	1	\N
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	2969	1	1	\N
5d29d753-0e88-4e4b-82fc-ece2fec989a7	2969	1	1	\N
31d6d449-e63a-4614-8a66-562a07797427	2969	1	1	\N
eb9700cd-bafc-40df-a7b5-0a008312ccb6	2969	1	1	\N
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	2969	1	1	\N
f28f8424-1f7b-462c-bbd3-e0732b1e6846	2969	1	1	\N
85a31e9a-09a7-4423-bcbc-9409884f4223	2969	1	1	\N
f09444ea-c240-4c5b-af7f-9ed0ae16b423	2969	1	1	\N
a22744bc-a4b4-499a-b378-f4e9f3317332	2969	1	1	\N
a67d5df8-aa77-4c4c-a04a-d9998f54394b	2969	1	1	\N
8a0c9444-15a3-48f7-a5da-10df6c3497cf	2969	1	1	\N
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	2969	1	1	\N
6d5949ca-4785-4b2c-b863-d9df8c283331	2969	1	1	\N
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	2969	1	1	\N
f77a3a71-a168-4180-86df-a8665ef4aaef	2969	1	1	\N
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	2969	1	1	\N
c3601b2c-18ca-4520-82e2-e5e36455db1f	2969	1	1	\N
fbc858d2-2b34-43eb-b041-5e51d8b20d73	2969	1	1	\N
7fa8b641-5c50-419e-8146-282719a7816b	2969	1	1	\N
\.


--
-- Data for Name: hosts; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.hosts (host_id, first_seen, last_seen, reports, new_week) FROM stdin;
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	1792490400	1795514400	4	2964
03f1b2f5-f889-4588-b8df-d423c4a48c86	1792490400	1795514400	4	2964
10d028b7-2096-4f18-ba9a-ff806979ddf7	1792490400	1795514400	4	2964
a3997855-16f0-4b80-9944-1b6e8941c40a	1792490400	1795514400	4	2964
464064af-3816-47c7-ae0c-e7bee87acb41	1792490400	1795514400	4	2964
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	1785232800	1795514400	5	2952
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	1785232800	1795514400	5	2952
5d29d753-0e88-4e4b-82fc-ece2fec989a7	1785232800	1795514400	5	2952
31d6d449-e63a-4614-8a66-562a07797427	1785232800	1795514400	5	2952
eb9700cd-bafc-40df-a7b5-0a008312ccb6	1785232800	1795514400	5	2952
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	1785232800	1795514400	4	2952
f28f8424-1f7b-462c-bbd3-e0732b1e6846	1785232800	1795514400	4	2952
85a31e9a-09a7-4423-bcbc-9409884f4223	1785232800	1795514400	4	2952
f09444ea-c240-4c5b-af7f-9ed0ae16b423	1785232800	1795514400	4	2952
a22744bc-a4b4-499a-b378-f4e9f3317332	1785232800	1795514400	4	2952
a67d5df8-aa77-4c4c-a04a-d9998f54394b	1794477600	1795514400	2	2967
8a0c9444-15a3-48f7-a5da-10df6c3497cf	1794477600	1795514400	2	2967
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	1794477600	1795514400	2	2967
6d5949ca-4785-4b2c-b863-d9df8c283331	1794477600	1795514400	2	2967
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	1794477600	1795514400	2	2967
f77a3a71-a168-4180-86df-a8665ef4aaef	1785232800	1795514400	6	2952
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	1785232800	1795514400	6	2952
c3601b2c-18ca-4520-82e2-e5e36455db1f	1785232800	1795514400	6	2952
fbc858d2-2b34-43eb-b041-5e51d8b20d73	1785232800	1795514400	6	2952
7fa8b641-5c50-419e-8146-282719a7816b	1785232800	1795514400	6	2952
213fbf5d-24e5-4fc9-86d9-426ba65bf233	1785232800	1789466400	3	2952
91d85bf8-71d4-452b-b17e-70067c0e988e	1785232800	1789466400	3	2952
7bfedbdb-ad66-4c2b-9428-a36085e2a778	1785232800	1789466400	3	2952
cbb82acc-160b-40be-8fc6-d4ec5408629b	1785232800	1789466400	3	2952
0d1d68a7-0a31-452d-ac11-ed618a9962ae	1785232800	1789466400	3	2952
59ce6aa5-70b9-47bc-87f3-762113237531	1787047200	1793700000	3	2955
cd191280-0338-49dc-949b-5d384bcaac84	1787047200	1793700000	3	2955
0e00363f-77c3-4630-bef3-3e25134c70c7	1787047200	1793700000	3	2955
6432abc7-e99a-4aa3-a992-d2b8955e4d41	1787047200	1793700000	3	2955
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	1787047200	1793700000	3	2955
d75985c9-475a-41af-ad58-69bd3fbfb596	1789466400	1794909600	2	2959
715ba171-c0de-4a15-9950-b5024eb295fc	1789466400	1794909600	2	2959
1a813460-3468-41f9-b8ea-400721f158f0	1789466400	1794909600	2	2959
\.


--
-- Data for Name: outbox; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.outbox (id, kind, host_id, seq, queued_at, body, bytes, attempts, last_error) FROM stdin;
\.


--
-- Data for Name: outbox_rejected; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.outbox_rejected (id, kind, host_id, queued_at, rejected_at, status, reason, body) FROM stdin;
\.


--
-- Data for Name: relay_counters; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.relay_counters (name, value) FROM stdin;
\.


--
-- Data for Name: reports; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.reports (report_id, client_id, received_at, sha256, protocol) FROM stdin;
dd4937d6-d4c4-44a9-a992-641538a7c0cb	f77a3a71-a168-4180-86df-a8665ef4aaef	1789466400	80dfea133c0e9b4878a8800ed3cb7807bac11b1754abe55a97e8dc7b725d5292	vzstats
8fd4cb3b-224a-4f03-9e44-1ff40561e7ad	ebecc7af-16a1-4bab-a4eb-10bb08bd262d	1789466400	80dfea133c0e9b4878a8800ed3cb7807bac11b1754abe55a97e8dc7b725d5292	vzstats
328644e8-3d0d-4d8a-8e98-294be740485b	c3601b2c-18ca-4520-82e2-e5e36455db1f	1789466400	80dfea133c0e9b4878a8800ed3cb7807bac11b1754abe55a97e8dc7b725d5292	vzstats
7c3267a1-1d80-47e3-96ae-51f33b6de39a	fbc858d2-2b34-43eb-b041-5e51d8b20d73	1789466400	80dfea133c0e9b4878a8800ed3cb7807bac11b1754abe55a97e8dc7b725d5292	vzstats
fc3578f9-7fa3-45b1-a7ac-9bc541c35b7c	7fa8b641-5c50-419e-8146-282719a7816b	1789466400	80dfea133c0e9b4878a8800ed3cb7807bac11b1754abe55a97e8dc7b725d5292	vzstats
88767b69-9596-42d9-bfbe-0130ae77330b	d75985c9-475a-41af-ad58-69bd3fbfb596	1789466400	d3870e3f11cc382f0a2cc22cc723bf283de425a9044d6eed35538cbe2a1f3869	vzstats
6872d068-7ef1-4868-9a7d-febcb167f49f	715ba171-c0de-4a15-9950-b5024eb295fc	1789466400	d3870e3f11cc382f0a2cc22cc723bf283de425a9044d6eed35538cbe2a1f3869	vzstats
1fe2d85c-3e23-4a8e-b1bd-2324208500d8	1a813460-3468-41f9-b8ea-400721f158f0	1789466400	d3870e3f11cc382f0a2cc22cc723bf283de425a9044d6eed35538cbe2a1f3869	vzstats
46c62777-08cd-44dc-a84b-c10e0371c1cf	213fbf5d-24e5-4fc9-86d9-426ba65bf233	1789466400	e6b0a8eecde12e462c1b0780781854a780afa04121194253f66a3a8e415ff5de	disp
618f75c3-49bb-4d1d-81a1-2440521f77a5	91d85bf8-71d4-452b-b17e-70067c0e988e	1789466400	c04b440d626a877e5e739a73b6793eec793d5aac7b576ed9bf25fc320d68296a	disp
4d4da2c5-3f6b-4c03-9343-e75a483b89e8	7bfedbdb-ad66-4c2b-9428-a36085e2a778	1789466400	307f8f53bcd6fb1ad34f7e95b7ab11e69dcbc80e4fddbf3680af7e3421556504	disp
75f82e7d-0225-4459-b2af-6feb6fd45730	cbb82acc-160b-40be-8fc6-d4ec5408629b	1789466400	acb25d51977c1f0fd5f509b63403a5d05423eeb8d77229ca4bc475f34e396588	disp
44849b77-f714-4ec1-949f-f2b2bc50f129	0d1d68a7-0a31-452d-ac11-ed618a9962ae	1789466400	3ba9c8b46b188aa4367886c87bfb87fc193762d251af405ea438107a0925c14c	disp
ed7f7c00-f9f3-400f-8039-3254d6a75b2b	95ff85b8-6158-4d29-b8eb-96f5e62adc3e	1792490400	30a9f9feccdffe78b9367a6c23bede02cc1c47043e82faab3fe252401d1710e1	native
7dc7249d-3527-484a-9a09-214d5bab3cca	03f1b2f5-f889-4588-b8df-d423c4a48c86	1792490400	cd1110fd5c110c56c5cfcaa90b5c7101906b4d24df30d17a5416ae9af4aa751d	native
7108447f-dbfe-4f30-914b-df2d6f772ba8	10d028b7-2096-4f18-ba9a-ff806979ddf7	1792490400	8e5ddc63afbdbd7d95e812621a4e1a2030f1db332ff5b6a2ad124712b5bdf37a	native
d37658d9-f128-4e2a-9dd7-137f92a1d5d3	a3997855-16f0-4b80-9944-1b6e8941c40a	1792490400	b0e7fba634caadb433723d205bee364b3b02c9078224ac05614a1b473734bfb4	native
5861d421-13ff-48a9-8515-126dce04a3ad	464064af-3816-47c7-ae0c-e7bee87acb41	1792490400	5985bdbe37267136f019b957fd83ab1980a98dd3c61a2385e9a571d25420bd4a	native
72dc2d34-1c96-4bbf-82aa-8cc118a20729	74401e6c-6b8c-4305-a2c7-a8cef1ace04e	1792490400	255b3cba96b92d3cc1e768b5e72e0e9e0126fc79216d674991a2e10810272342	native
1c508431-f1df-490b-bb47-8bbe0359c79f	35e05ffa-a573-4e0d-b010-7e8d0fa6665e	1792490400	ad518b8e824492df2bba39748be2304fcd82901881fbf7e15bbc2964843b875b	native
8476834e-08e8-4224-8b30-9fa043c97e08	5d29d753-0e88-4e4b-82fc-ece2fec989a7	1792490400	d29ff8c354d01c3f84d14a623cddecc0144f9ca84a5c0f08f5b3b338faa83dc9	native
4d255c12-77ff-4500-8173-90f80c822581	31d6d449-e63a-4614-8a66-562a07797427	1792490400	38256eb6ebabcb6951c7befe477d3e38d410a42243da38bfe978137c79104db3	native
2470c2ca-9973-4460-a036-7912f242f139	eb9700cd-bafc-40df-a7b5-0a008312ccb6	1792490400	a0efea6e8e34115f0e28f06ba9a7f505be041265c97899b2695d267a1b0fa15b	native
cceef63d-2a27-4012-94ac-069517a04385	59ce6aa5-70b9-47bc-87f3-762113237531	1792490400	eb4c061d8d5aa95d1d9ff6f4d310a6c3f41aa5c20079fdf0a5383ad4c6f9c8e6	native
4aed7a60-705e-4de0-a1d0-618fac585cb3	cd191280-0338-49dc-949b-5d384bcaac84	1792490400	d626e6ca06546cdb3b6b0c78446295e5c0881d0bce7821380735d0623bbc7299	native
475b59a7-8ada-466d-aa24-03adf9f1e081	0e00363f-77c3-4630-bef3-3e25134c70c7	1792490400	321ce2c84cda9d44385c41633e9cc970845a58b66ad86ece78ab4c444e3c7246	native
cc26df0d-882c-40c1-9784-550d3979fcb1	6432abc7-e99a-4aa3-a992-d2b8955e4d41	1792490400	bc954ade55852a5b687bb2d581ddf011c4cde1bb223f81c9a633b54cd68de14f	native
60d0f479-aecb-431a-82f4-bf5b27b4c047	467bd2a4-56aa-4fe1-9c37-d4c550b27a96	1792490400	327abb25efd3c0a0b77a118146d60229e943c2f6b715c1d088648ef76824f568	native
67112d82-f5f4-4e37-ab6e-7f980a2bf098	6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	1792490400	82851a4e9db92bb8ec19262deffa5a17fca857df7fc0f004443fab517b6ab8d7	disp
43c48286-0afb-49ec-a0a8-f2dc4f640f6f	f28f8424-1f7b-462c-bbd3-e0732b1e6846	1792490400	73259682acc07fdaf5adeb975597674ac5e7d6fd695b1fa7d73d615a09ccd6dd	disp
256b2be4-7c80-445c-890a-28cb31c0c0b5	85a31e9a-09a7-4423-bcbc-9409884f4223	1792490400	7dae509024875ec679ca3d53ca037e7c2a6e1908d63b7d11a8e5bca634f7dcb0	disp
05a089f1-62c4-4025-900e-a21af26ccd87	f09444ea-c240-4c5b-af7f-9ed0ae16b423	1792490400	cb3797a831bafd5e321e15956343c09cf0932082fd89dbdc23843fe5233d1203	disp
36bd9f3f-d222-4a0e-83ae-53500f2e06c7	a22744bc-a4b4-499a-b378-f4e9f3317332	1792490400	cba8254b9249f1bdc74574342b26697533a92fda3aeb372f328933608405589e	disp
759ca318-8303-496b-8eab-edd5216b1b34	f77a3a71-a168-4180-86df-a8665ef4aaef	1792490400	fa2cda8fa10f5744af92cc21015b70a70a2d08c0e41f7701984f677d1856e7ff	vzstats
6b6d2188-2c4f-4693-9681-a1625ea79890	ebecc7af-16a1-4bab-a4eb-10bb08bd262d	1792490400	fa2cda8fa10f5744af92cc21015b70a70a2d08c0e41f7701984f677d1856e7ff	vzstats
4c54469f-d4cd-4e03-8346-d4acc652ace1	c3601b2c-18ca-4520-82e2-e5e36455db1f	1792490400	fa2cda8fa10f5744af92cc21015b70a70a2d08c0e41f7701984f677d1856e7ff	vzstats
e3ae58c2-ca10-4f80-b58f-babf813e7b52	fbc858d2-2b34-43eb-b041-5e51d8b20d73	1792490400	fa2cda8fa10f5744af92cc21015b70a70a2d08c0e41f7701984f677d1856e7ff	vzstats
b319305d-adf2-43ce-9654-1e4e2cd2acae	7fa8b641-5c50-419e-8146-282719a7816b	1792490400	fa2cda8fa10f5744af92cc21015b70a70a2d08c0e41f7701984f677d1856e7ff	vzstats
3a5004a9-b9b2-4a91-86dd-05e116508313	95ff85b8-6158-4d29-b8eb-96f5e62adc3e	1793700000	caa6e560c7dac7c94d1d3f813484fa318780863a02d1d6d6e741a3a76f896118	native
c805af23-ee2f-4a72-a750-0ea9b25032f2	03f1b2f5-f889-4588-b8df-d423c4a48c86	1793700000	f197c3ba3b382a17b906ec41109b8f113a89a8744b72be8c44c97f84d1acbb6d	native
f9fec135-b6f5-4f67-aead-f3a633440305	10d028b7-2096-4f18-ba9a-ff806979ddf7	1793700000	daaeb9fae662f704622f6c256b8f703d0fb7f76c723a1d93ca8c003cbfb909c0	native
a0f9adfc-40e4-41bc-bbeb-acf5a4b5dde9	a3997855-16f0-4b80-9944-1b6e8941c40a	1793700000	8ee469bfde73572e2756b6226708af03f57b9a3690ae09bf3e02700113479ad0	native
389c6235-f430-4a5a-b22d-6c4bfe2c981e	464064af-3816-47c7-ae0c-e7bee87acb41	1793700000	d6295eb9d6d80a373089570f7b268ecc9eae85e0f43a0f9f640c55e98d084dcb	native
92559406-5722-4e8d-b3a0-e1fa38c77c26	59ce6aa5-70b9-47bc-87f3-762113237531	1793700000	b2c400050a90d4bc50b37c8c5b77fae0cc2ce0be5cc36660775291201b99dbca	native
8b568231-cb67-4b13-94cf-97699841f5f4	cd191280-0338-49dc-949b-5d384bcaac84	1793700000	a4e7735daf112901c0ab4dbca0fc6e3243ae5ec6302e5cad3f3dba86368be510	native
d166a151-127c-469d-9447-815ec05e52f0	0e00363f-77c3-4630-bef3-3e25134c70c7	1793700000	6aa438947c441ddbe34c163384a4a3fdd522003a2ea52b7c206a64319942e845	native
4ea4c1ba-4288-431d-a95e-7bf4ff4e2bc6	6432abc7-e99a-4aa3-a992-d2b8955e4d41	1793700000	1d9e19fd90dec2cfa1aeb9a76cd73a604cbc7df77a27bd0a8275d132e02090bf	native
d3b2155c-db5d-4c7b-b864-b678f2a7a0b5	467bd2a4-56aa-4fe1-9c37-d4c550b27a96	1793700000	ca19aa8748151a44384192173ff8321dfa213cd55df50a5bb4918410d6551368	native
35b99c9e-8524-4f3c-988b-e1cb8ca2192f	a67d5df8-aa77-4c4c-a04a-d9998f54394b	1794477600	d7fb58438727f05d00b87d5bf45b8e1ac712145174b011f3cd33455aa39f2997	vzstats
421b0ff5-351b-4ef3-bdd8-23ffcc455905	8a0c9444-15a3-48f7-a5da-10df6c3497cf	1794477600	ddd458312e66608acb16022ee9ec8c79db3dfa2740b40bf2f355c1b9406d7977	vzstats
ca1f8b49-15ae-43c5-98f6-94249811ea77	5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	1794477600	597157cc2c5f90078cf412abf0f03ac18a408a6eed4e891ecd62b80b61332bcb	vzstats
2ffc15e2-5a40-4bfb-b047-678394c6d5ea	6d5949ca-4785-4b2c-b863-d9df8c283331	1794477600	af0526e4a3fcb2fe5327daa9ba456768870f8686b9c1d28261580b3fba3ed095	vzstats
9a657e7a-4998-4bce-b86b-9a190f18c81a	b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	1794477600	74b0a10f7a8d2e6e5cf3f27f0606df86ea5d93470f132511093d8fa7ecbcfa9c	vzstats
8dff2d92-7817-4173-9b78-b9e2a26ca5b7	95ff85b8-6158-4d29-b8eb-96f5e62adc3e	1794909600	6ed1aa817c1326c7cbff0c269b5be2b60a8f2545031fdec37c4c8a8304d96f8f	native
b297e2db-2b6b-41af-9c23-4ed594857dcc	03f1b2f5-f889-4588-b8df-d423c4a48c86	1794909600	7f9a1789d78e7e1e39eeab3aebb121193a1ec9ff1cc22540c6845dde8192108a	native
5c30dba7-33d0-4b9e-815c-ec976a479590	10d028b7-2096-4f18-ba9a-ff806979ddf7	1794909600	ff876ad1ddc82b209aa10cd82c78b213a2ce7b84836cdc4afa35ed2adddba564	native
2cc238e8-fba3-46e6-9672-0832830991de	a3997855-16f0-4b80-9944-1b6e8941c40a	1794909600	d1b366609ba6c06f66cf68d3368e82818c7adc141dfb70f43b1ea7328a641ed1	native
09913748-f3c4-4139-8d95-8c1729809b37	464064af-3816-47c7-ae0c-e7bee87acb41	1794909600	22e1e0afeca10d64fc1c9f54dd959d842bf21262520cd948c25a164c88905eda	native
28254a63-3ddd-4ad7-8ad4-72e0f75155e6	74401e6c-6b8c-4305-a2c7-a8cef1ace04e	1794909600	18d09fce43d8dd21ed76c4dc48ff5a708eed25e572182e917584ed6819f94d43	native
f4e9d216-e97b-4b41-89bc-4bc1eae461e5	35e05ffa-a573-4e0d-b010-7e8d0fa6665e	1794909600	c147edff4e67c5e3a06e37ad8119146c6fa3ece22c7affa6afa13098e29759b9	native
354fa674-5eaf-444e-b9a1-731c2399f48b	5d29d753-0e88-4e4b-82fc-ece2fec989a7	1794909600	fcaad124525d384eb67465dafcad035aed9e0d5ac5a90f2e706b367503882abd	native
b7344fa8-d449-4afd-b9f9-84f10405a273	31d6d449-e63a-4614-8a66-562a07797427	1794909600	458e8e326730355793e92bec0e4680fd4476aef72289fb4bd124946e917066f5	native
cd1e2fbe-372d-4e88-a9a4-98243179ff78	eb9700cd-bafc-40df-a7b5-0a008312ccb6	1794909600	7c8f570c5eaeac78dcf65f6c67367fc95093263504921afcdfbc1c603924e6f9	native
d88ae263-ef9e-4e92-83db-388eb3d3dd1f	6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	1794909600	cbfc18d9820693a00c5dfe80f6b451eea6428c6303d85963d55f60f6086e7b7e	disp
3a1b1deb-e529-44d3-83cc-518cdd20290c	f28f8424-1f7b-462c-bbd3-e0732b1e6846	1794909600	64cd79295cc574e194f7e71c9347dfaf3865a232a0547c8a20005da6aa22132a	disp
3eca3654-62cc-4797-9562-85e2a5cb3026	85a31e9a-09a7-4423-bcbc-9409884f4223	1794909600	ee3ad536fafdc7aed4779c0046199b3267caf61c5805c67c2a4b8c3eae6cc647	disp
7f5cfa2a-14f3-4d9b-affb-5b0710701692	f09444ea-c240-4c5b-af7f-9ed0ae16b423	1794909600	16fa25808ff6b52c850cdcdf063a932f064e9156f677ebc0ab750040fbf915ed	disp
13fd21e1-c675-4515-8b97-5b6dce5bcd97	a22744bc-a4b4-499a-b378-f4e9f3317332	1794909600	3e14e49583fc236507c6b2a4185194d6dfe1f68ed26283a678f132a01f92ac82	disp
4c690ec6-7567-4a96-99b7-38a6baf79f8e	f77a3a71-a168-4180-86df-a8665ef4aaef	1794909600	e8e86f24bf9d7e7aab13b367c692b102f29bdcc19262a863af390195b4771f2e	vzstats
3507730c-38e3-4b9b-b904-1bab6ff29731	ebecc7af-16a1-4bab-a4eb-10bb08bd262d	1794909600	e8e86f24bf9d7e7aab13b367c692b102f29bdcc19262a863af390195b4771f2e	vzstats
8d78281f-4f20-4af5-a624-c060a34cff5d	c3601b2c-18ca-4520-82e2-e5e36455db1f	1794909600	e8e86f24bf9d7e7aab13b367c692b102f29bdcc19262a863af390195b4771f2e	vzstats
a46f77c3-eb2d-46b2-9901-d47ef82572a8	fbc858d2-2b34-43eb-b041-5e51d8b20d73	1794909600	e8e86f24bf9d7e7aab13b367c692b102f29bdcc19262a863af390195b4771f2e	vzstats
73d82174-3c4f-4cfd-bbaa-af046ebba226	7fa8b641-5c50-419e-8146-282719a7816b	1794909600	e8e86f24bf9d7e7aab13b367c692b102f29bdcc19262a863af390195b4771f2e	vzstats
6e3df39e-a7ce-4f62-9a50-d990f463ea13	d75985c9-475a-41af-ad58-69bd3fbfb596	1794909600	2cff43b94de9c94c62a22e9ead965c0b44ee55e5c2fad34c8c68654b4e41ffc3	vzstats
eb1b54bb-5d35-46d4-a630-fe74bef83582	715ba171-c0de-4a15-9950-b5024eb295fc	1794909600	2cff43b94de9c94c62a22e9ead965c0b44ee55e5c2fad34c8c68654b4e41ffc3	vzstats
cb739fa6-81f8-4b15-8e4d-763fdbc969d9	1a813460-3468-41f9-b8ea-400721f158f0	1794909600	2cff43b94de9c94c62a22e9ead965c0b44ee55e5c2fad34c8c68654b4e41ffc3	vzstats
4d4a5f14-7da8-4d27-85df-e378e4a189b0	74401e6c-6b8c-4305-a2c7-a8cef1ace04e	1795082400	4f9ed0e9cbab3fcb31390f17464112a62b5425622023d026690f69a7234235bc	native
bf23138b-890a-4518-91f6-f9659197a320	35e05ffa-a573-4e0d-b010-7e8d0fa6665e	1795082400	af1a2d4b3ccfc7218cdba9d46e80cdf757c8db44316ad96881996e4b651b59e8	native
4c9a4a89-ed6a-4254-a3df-bb31a1480c5c	5d29d753-0e88-4e4b-82fc-ece2fec989a7	1795082400	4d8199c521114ae8843ea8f4f49306cca0e73bdb556fb33f2a042129fa5810dd	native
cf6bc709-60d8-48c9-8e0b-1d3fc715ed52	31d6d449-e63a-4614-8a66-562a07797427	1795082400	446d4fdf2f4e56cf9826cb0f9cb22dd52952845c108609d33555896b9580bf4d	native
4a5cb856-593a-480b-9da4-ee5c408da6d5	eb9700cd-bafc-40df-a7b5-0a008312ccb6	1795082400	3443e64f9e40e3791e613bdca3c21240de40eb1bd65f6906f10b448f8d7d163b	native
d5ec2f85-f23d-4cc0-bf0c-8475ca17da77	f77a3a71-a168-4180-86df-a8665ef4aaef	1795082400	8ffedcff121ed76a26e03bae80098e0a743d0fee81fc642af713c0750c2f21c5	vzstats
9616de9b-caa2-40db-b964-29c917ca9ed3	ebecc7af-16a1-4bab-a4eb-10bb08bd262d	1795082400	8ffedcff121ed76a26e03bae80098e0a743d0fee81fc642af713c0750c2f21c5	vzstats
211495ab-f77b-4c7b-949f-d158e8aa309a	c3601b2c-18ca-4520-82e2-e5e36455db1f	1795082400	8ffedcff121ed76a26e03bae80098e0a743d0fee81fc642af713c0750c2f21c5	vzstats
838976f1-02f0-43e5-869d-5f661b5ea3d6	fbc858d2-2b34-43eb-b041-5e51d8b20d73	1795082400	8ffedcff121ed76a26e03bae80098e0a743d0fee81fc642af713c0750c2f21c5	vzstats
eafca4c5-2324-42da-bd72-0225d421a7f3	7fa8b641-5c50-419e-8146-282719a7816b	1795082400	8ffedcff121ed76a26e03bae80098e0a743d0fee81fc642af713c0750c2f21c5	vzstats
773fc2ae-bed6-40c7-914d-2a2578d1ade8	95ff85b8-6158-4d29-b8eb-96f5e62adc3e	1795514400	d2af24fb52a64bb2945a9fff33e035440874d3eea462575b9a01ec6d6847db49	native
5020daee-1b08-4c24-ab9e-19abd89f98ec	03f1b2f5-f889-4588-b8df-d423c4a48c86	1795514400	49535a52a6ab55a3ba3f516179d1824bb496f268e5a214e2aa3e3353381ddca4	native
0232e8f5-8fc9-4fa0-819e-f3dc10bbdea7	10d028b7-2096-4f18-ba9a-ff806979ddf7	1795514400	bcabcaaf289c571f65fe40bcbd837f5e1d6a57ff7c05ce6559db493c5b823226	native
e6f7f5e1-f123-4a4d-a42c-7f1f62dd0c1b	a3997855-16f0-4b80-9944-1b6e8941c40a	1795514400	aff7172fde89e6cb420acce08b5a230f2d2a6b93143707be8a19de919271d0a0	native
c46d06e2-ba27-41f6-9d8e-060dfe5dbe86	464064af-3816-47c7-ae0c-e7bee87acb41	1795514400	5109be32ce9ae7a7f97aa34c8a21098f9b4906ce3d5aa6f83afb3162f97cdf12	native
e47cba28-bb65-4bbf-9342-ab4298ddc4af	74401e6c-6b8c-4305-a2c7-a8cef1ace04e	1795514400	73f7c2850ba3745890051c6b8dc6d23d266e09c03155c3f2e1bb8a652578d1cf	native
724cfc13-4874-449c-adf6-0e9b54b95deb	35e05ffa-a573-4e0d-b010-7e8d0fa6665e	1795514400	a39bb99db0c51e1fec002f729811deeb8ea1eb04a3c94bd8a037c8f9d1da85e0	native
00b6b207-1e04-42eb-b1ae-0c487c0731ba	5d29d753-0e88-4e4b-82fc-ece2fec989a7	1795514400	5d588455b11a54d203c66ac138bcf712def7c59125c4b0bd32690d93254dc10c	native
90f0cb02-ee86-4d2d-9fce-7ca076e88b71	31d6d449-e63a-4614-8a66-562a07797427	1795514400	2162e58276b050f0c710240436a0419e973464a0bc111b58253850b94afce08a	native
bb0a0531-87a3-4ab2-998a-cb40fe26278b	eb9700cd-bafc-40df-a7b5-0a008312ccb6	1795514400	b37036684ebe28e8f4a730fdd2469cb883845df2de4ac18db5842dc120c8c00f	native
f0408d64-a56d-4a0c-b8ef-49b07ff9007c	6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	1795514400	56fbbe7f4c6b742ab1422fbe0d654f44eae0d18ae1d98b7d7241709427217f8e	disp
40e6f775-1859-4fe9-82fa-097027b890a0	f28f8424-1f7b-462c-bbd3-e0732b1e6846	1795514400	a67ddf59452c4608bc9531c68e62eb9487aa4de072c627393427edb777720b12	disp
12378a27-20b4-41af-a9b0-bf842f89b68f	85a31e9a-09a7-4423-bcbc-9409884f4223	1795514400	25f4b40a44e8d1b9b1483e2d291bf7c181c9574ca71803eb163175d60a89a6de	disp
a1c12f04-5021-46df-bd95-f3c93cf11e06	f09444ea-c240-4c5b-af7f-9ed0ae16b423	1795514400	40c8a60836e5643b5917c9554ff26f1c7ebceeec8f47efce1831ea5f0dae0719	disp
d479176e-99de-4b96-8769-6c2fa7c5971b	a22744bc-a4b4-499a-b378-f4e9f3317332	1795514400	18f341e199fee3c362625a892806062c767ad56204254a7e4fc3714a10efaac0	disp
7522fb5a-513b-4ca6-8b87-86cefd8eca8a	a67d5df8-aa77-4c4c-a04a-d9998f54394b	1795514400	ba7f6577e929e6fb45693311d73137a96d1e3b4b46ee6bff1453abe9ec6a9e80	vzstats
cb86decc-e810-407e-be32-649c03d178b0	8a0c9444-15a3-48f7-a5da-10df6c3497cf	1795514400	21814e43a2f1035ab54362f08254929dd0e79aa68005cb2b1ca134a24b9053d8	vzstats
b1858cba-35af-4e15-84fe-5cbf55ecbe68	5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	1795514400	d148fb7089557662da57fce1fb4e67d5f60c46d450a5f5e0e130655273fec2ec	vzstats
4b075bf8-c38e-4495-a944-2e7f6677530e	6d5949ca-4785-4b2c-b863-d9df8c283331	1795514400	336dbaa5a98fb5079580294e7960b6a26d07ba85b5f104811b496a24e50e5c55	vzstats
be232009-b2b5-4b2e-be7d-65e28c443904	b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	1795514400	938add64b12ca42996b6d92f283ed1d1375beeb34cc14ba534c733098146bdb5	vzstats
ab800337-63d1-4b01-b358-609644b3b6cb	f77a3a71-a168-4180-86df-a8665ef4aaef	1795514400	5fc237ee7270d9d8aaa8aa380ca06a1dc4b4e4ab16945717e15532d0c19937c5	vzstats
4c4c45eb-0d48-4eb6-b3f9-fc429f9c84b6	ebecc7af-16a1-4bab-a4eb-10bb08bd262d	1795514400	5fc237ee7270d9d8aaa8aa380ca06a1dc4b4e4ab16945717e15532d0c19937c5	vzstats
975e6507-461f-4afe-9768-133f26ca4da5	c3601b2c-18ca-4520-82e2-e5e36455db1f	1795514400	5fc237ee7270d9d8aaa8aa380ca06a1dc4b4e4ab16945717e15532d0c19937c5	vzstats
7092e050-bce2-467d-bdf1-1eb98cf66607	fbc858d2-2b34-43eb-b041-5e51d8b20d73	1795514400	5fc237ee7270d9d8aaa8aa380ca06a1dc4b4e4ab16945717e15532d0c19937c5	vzstats
3baf6005-ccb7-4b2e-864a-1df870d8a488	7fa8b641-5c50-419e-8146-282719a7816b	1795514400	5fc237ee7270d9d8aaa8aa380ca06a1dc4b4e4ab16945717e15532d0c19937c5	vzstats
\.


--
-- Data for Name: schema_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.schema_migrations (version, name, applied_at, checksum) FROM stdin;
1	reports, hosts, sections, keys and daily aggregates (release 6cf6db6)	1785232800	f0b496b1dc9fa3ce741fc0d8bd1932a7f87e074911fcb90635b1c4411fddfe25
2	key weights, weekly snapshots and counts, per-host shares, forgotten hosts (release 33ede26)	1785232800	ad09f2380dbc8d0741c164c5360ae10f18e9f48c5af1c59ece0da4c5b5ac2f8e
3	relay outbox, refused forwards, relay counters, upstream policy, fleet labels	1785232800	eef2ca011844af1e36c8145e74ccacfb74984c49ea00af14588b4656b1c35539
4	a host's keys in one row (host_keys), its weekly shares one row a week (host_weeks), the week it arrived (hosts.new_week)	1785232800	d733bd9d9ebbc4df655bd84fee927b8c411c8fd8019fdb497e26e7c82db4da29
\.


--
-- Data for Name: upstream_policy; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.upstream_policy (upstream, body, signature, fetched_at) FROM stdin;
\.


--
-- Data for Name: week_active; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.week_active (week, hosts) FROM stdin;
2952	25
2969	25
2955	10
2959	13
2964	25
2966	10
2967	5
2968	23
\.


--
-- Data for Name: week_counts; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.week_counts (week, new_hosts, reports) FROM stdin;
2952	25	25
2969	0	25
2955	5	10
2959	3	13
2964	5	25
2966	0	10
2967	5	5
2968	0	33
\.


--
-- Name: archives archives_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.archives
    ADD CONSTRAINT archives_pkey PRIMARY KEY (report_id);


--
-- Name: counters counters_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.counters
    ADD CONSTRAINT counters_pkey PRIMARY KEY (name);


--
-- Name: dist_day dist_day_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dist_day
    ADD CONSTRAINT dist_day_pkey PRIMARY KEY (dist, key, day);


--
-- Name: dist_week dist_week_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dist_week
    ADD CONSTRAINT dist_week_pkey PRIMARY KEY (dist, key, week);


--
-- Name: facts facts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.facts
    ADD CONSTRAINT facts_pkey PRIMARY KEY (host_id, collector);


--
-- Name: fleet_labels fleet_labels_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fleet_labels
    ADD CONSTRAINT fleet_labels_pkey PRIMARY KEY (host_id, source);


--
-- Name: forgotten forgotten_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.forgotten
    ADD CONSTRAINT forgotten_pkey PRIMARY KEY (host_hash);


--
-- Name: host_day host_day_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.host_day
    ADD CONSTRAINT host_day_pkey PRIMARY KEY (day);


--
-- Name: host_keys host_keys_v4_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.host_keys
    ADD CONSTRAINT host_keys_v4_pkey PRIMARY KEY (host_id);


--
-- Name: host_weeks host_weeks_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.host_weeks
    ADD CONSTRAINT host_weeks_pkey PRIMARY KEY (host_id, week);


--
-- Name: hosts hosts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hosts
    ADD CONSTRAINT hosts_pkey PRIMARY KEY (host_id);


--
-- Name: outbox outbox_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox
    ADD CONSTRAINT outbox_pkey PRIMARY KEY (id);


--
-- Name: outbox_rejected outbox_rejected_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox_rejected
    ADD CONSTRAINT outbox_rejected_pkey PRIMARY KEY (id);


--
-- Name: relay_counters relay_counters_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.relay_counters
    ADD CONSTRAINT relay_counters_pkey PRIMARY KEY (name);


--
-- Name: reports reports_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reports
    ADD CONSTRAINT reports_pkey PRIMARY KEY (report_id);


--
-- Name: schema_migrations schema_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (version);


--
-- Name: upstream_policy upstream_policy_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.upstream_policy
    ADD CONSTRAINT upstream_policy_pkey PRIMARY KEY (upstream);


--
-- Name: week_active week_active_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.week_active
    ADD CONSTRAINT week_active_pkey PRIMARY KEY (week);


--
-- Name: week_counts week_counts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.week_counts
    ADD CONSTRAINT week_counts_pkey PRIMARY KEY (week);


--
-- Name: archives_received; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX archives_received ON public.archives USING btree (received_at);


--
-- Name: dist_day_day; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX dist_day_day ON public.dist_day USING btree (day);


--
-- Name: dist_week_week; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX dist_week_week ON public.dist_week USING btree (week);


--
-- Name: facts_received; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX facts_received ON public.facts USING btree (received_at);


--
-- Name: host_weeks_week; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX host_weeks_week ON public.host_weeks USING btree (week);


--
-- Name: hosts_last_seen; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX hosts_last_seen ON public.hosts USING btree (last_seen);


--
-- Name: outbox_host; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX outbox_host ON public.outbox USING btree (host_id);


--
-- Name: outbox_rejected_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX outbox_rejected_at ON public.outbox_rejected USING btree (rejected_at);


--
-- Name: outbox_seq; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX outbox_seq ON public.outbox USING btree (seq);


--
-- Name: reports_received; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reports_received ON public.reports USING btree (received_at);


--
-- PostgreSQL database dump complete
--

\unrestrict k97Aeb6Dxg2J7nr4S2x7cGrjcSU3L1JvQTf40k7H4vC5pMDPGAwVdMqfwteUWS7

