--
-- PostgreSQL database dump
--

\restrict W4btWpFb4Em2QiBorzU7TTuB9iXbxnhj4zRyuTQ7JgbTc7Yy9bnQ0Zwfu9v3Ql4

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
-- Name: forgotten; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.forgotten (
    host_hash text NOT NULL,
    forgotten_at bigint NOT NULL,
    reports bigint NOT NULL
);


--
-- Name: host_contrib; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.host_contrib (
    host_id text NOT NULL,
    agg text NOT NULL,
    dist text NOT NULL,
    key text NOT NULL,
    t bigint NOT NULL,
    hosts bigint NOT NULL,
    units bigint NOT NULL
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
    dist text NOT NULL,
    key text NOT NULL,
    weight bigint NOT NULL
);


--
-- Name: hosts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.hosts (
    host_id text NOT NULL,
    first_seen bigint NOT NULL,
    last_seen bigint NOT NULL,
    reports bigint NOT NULL
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
ct_os	centos-6	20662	0	0
bonding		20683	0	0
bonding	no	20683	0	0
container_count		20683	0	0
container_count	6-20	20683	0	0
containers		20683	0	0
containers	yes	20683	0	0
cpu_cores		20683	0	0
cpu_cores	4	20683	0	0
ct_os	centos-7	20662	0	0
ct_os	ubuntu-14.04	20662	0	0
ct_ram		20662	5	15
ct_ram	<=1G	20662	5	5
ct_ram	<=2G	20662	5	5
ct_ram	<=4G	20662	5	5
ct_ram	<=512M	20662	0	0
cpu_model		20683	0	0
cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20683	0	0
cpu_vendor		20683	0	0
cpu_vendor	intel	20683	0	0
ct_cpus		20683	0	0
ct_cpus	2	20683	0	0
ct_cpus	unset	20683	0	0
ct_disk		20683	0	0
ct_disk	<=10G	20683	0	0
bonding	yes	20662	5	5
container_count		20662	5	5
container_count	1-5	20662	5	5
containers		20662	5	5
containers	yes	20662	5	5
cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20662	5	5
cpu_vendor	intel	20662	5	5
ct_cpus		20662	5	15
ct_cpus	2	20662	5	5
ct_cpus	unset	20662	5	5
bonding		20662	5	5
cpu_cores		20662	5	5
cpu_cores	4	20662	5	5
cpu_model		20662	5	5
cpu_vendor		20662	5	5
ct_disk		20662	5	15
ct_disk	<=10G	20662	5	5
ct_disk	<=20G	20662	5	5
ct_disk	<=50G	20662	5	5
ct_features		20662	5	5
ct_features	nfs	20662	5	5
ct_os		20662	5	15
ct_disk	<=20G	20683	0	0
ct_disk	<=50G	20683	0	0
ct_features		20683	0	0
ct_features	nfs	20683	0	0
ct_features	ppp	20683	0	0
ct_os		20683	0	0
ct_os	centos-6	20683	0	0
ct_os	debian-7	20683	0	0
ct_os	other	20683	0	0
ct_ram		20683	0	0
ct_cpus	<=4	20746	0	0
bonding	yes	20746	0	0
container_count	1-5	20746	0	0
cpu_vendor	intel	20746	0	0
ct_cpus		20746	0	0
ct_cpus	2	20746	0	0
ct_cpus	unset	20746	0	0
ct_disk		20746	0	0
ct_disk	<=10G	20746	0	0
ct_disk	<=50G	20746	0	0
disk_kind	nvme	20662	5	5
disk_model		20662	5	15
disk_model	SAMSUNG MZQLB960HAJR-00007	20662	5	5
disk_model	ST2000NM0055-1V4	20662	5	10
container_count		20746	0	0
containers		20746	0	0
containers	yes	20746	0	0
cpu_cores		20746	0	0
cpu_cores	4	20746	0	0
cpu_model		20746	0	0
cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20746	0	0
cpu_vendor		20746	0	0
disk_kind		20662	5	15
disk_kind	hdd	20662	5	10
bonding		20746	0	0
ct_os	ubuntu-14.04	20683	0	0
memory	<=1 GiB	20662	0	0
ploop	1.15	20662	0	0
virtualization	openvz-legacy	20662	0	0
vzctl	4.9.4	20662	0	0
vzkernel	2.6.32	20662	0	0
ct_ram	<=1G	20683	0	0
ct_ram	<=2G	20683	0	0
ct_ram	<=512M	20683	0	0
ct_cpus	<=4	20662	5	5
ct_os	almalinux-9	20662	5	5
ct_os	ubuntu-22.04	20662	5	5
ct_os	vzlinux-9	20662	5	5
distribution	virtuozzo 9	20662	5	5
kernel	5.14.0-427.33.1.vz9.72.4	20662	5	5
ploop	9.0.23-1.vz9	20662	5	5
prlctl	9.0.3	20662	5	5
templates	almalinux-9	20662	5	5
bonding	no	20662	0	0
cpu_model	AMD EPYC 7302P 16-Core Processor	20662	0	0
cpu_vendor	amd	20662	0	0
distribution	debian 12	20662	0	0
ct_ram	unlimited	20683	0	0
disk_kind		20683	0	0
disk_kind	hdd	20683	0	0
disk_kind	ssd	20683	0	0
disk_model		20683	0	0
disk_model	INTEL SSDSC2BB48	20683	0	0
templates	centos-7	20662	5	5
templates	ubuntu-22.04	20662	5	5
templates	vzlinux-9	20662	5	5
virtualization	vz9	20662	5	5
vzctl	9.0.1	20662	5	5
vzkernel	5.14.0-427.33.1.vz9.72.4	20662	5	5
disk_model	WDC WD1003FBYX-0	20683	0	0
distribution		20683	0	0
kernel	6.1.0-26-amd64	20662	0	0
memory	4-8 GiB	20662	0	0
ssd	no	20662	0	0
distribution	centos 6.10	20683	0	0
kernel		20683	0	0
kernel	2.6.32-042stab145.3	20683	0	0
layout		20683	0	0
vzkernel	3.10.0-327.18.2.vz7.15.2	20662	0	0
layout	simfs	20683	0	0
memory		20683	0	0
memory	<=1 GiB	20683	0	0
virtualization	other	20662	0	0
ploop		20683	0	0
ploop	1.9-1	20683	0	0
running		20683	0	0
running	yes	20683	0	0
services		20683	0	0
services	iptables	20683	0	0
container_count	6-20	20662	0	0
cpu_vendor	Intel	20662	0	0
ct_os	debian-7.0	20662	0	0
distribution	vzlinux 7.3	20662	0	0
kernel	2.6.32-042stab145.3	20662	0	0
services	vz	20683	0	0
ssd		20683	0	0
ssd	yes	20683	0	0
teaming		20683	0	0
teaming	no	20683	0	0
virtualization		20683	0	0
virtualization	openvz-legacy	20683	0	0
vswap		20683	0	0
vswap	yes	20683	0	0
vzctl		20683	0	0
vzctl	4.3	20683	0	0
vzkernel		20683	0	0
cpu_vendor	Intel	20711	0	0
ct_os		20711	0	0
ct_os	debian-7.0	20711	0	0
ct_os	ubuntu-12.04	20711	0	0
distribution		20711	5	5
distribution	vzlinux 7.3	20711	0	0
kernel		20711	5	5
kernel	2.6.32-042stab134.8	20711	0	0
layout		20711	0	0
layout	ploop	20711	0	0
cpu_cores		20711	5	5
layout	simfs	20711	0	0
cpu_cores	4	20711	5	5
memory		20711	5	5
vzkernel	2.6.32-042stab134.8	20683	0	0
vzkernel	2.6.32-042stab145.3	20683	0	0
cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20711	0	0
ct_os	centos-6	20711	0	0
cpu_model	AMD EPYC 7302P 16-Core Processor	20683	0	0
cpu_model	AMD EPYC 7302P 16-Core Processor	20711	5	5
memory	<=1 GiB	20711	0	0
running		20711	0	0
running	yes	20711	0	0
virtualization		20711	5	5
cpu_vendor	amd	20683	0	0
cpu_vendor	amd	20711	5	5
virtualization	openvz-legacy	20711	0	0
vswap		20711	0	0
vswap	yes	20711	0	0
disk_kind		20711	5	10
vzctl		20711	0	0
vzctl	3.0.30.2	20711	0	0
disk_kind	hdd	20711	5	10
distribution	debian 12	20683	0	0
distribution	debian 12	20711	5	5
kernel	6.1.0-26-amd64	20683	0	0
kernel	6.1.0-26-amd64	20711	5	5
memory	4-8 GiB	20683	0	0
memory	4-8 GiB	20711	5	5
services		20711	5	5
services	libvirtd	20683	0	0
kernel	2.6.32-042stab145.3	20711	0	0
ploop		20711	0	0
ploop	1.15	20711	0	0
container_count		20711	0	0
container_count	6-20	20711	0	0
bonding		20711	5	5
bonding	no	20711	5	5
services	libvirtd	20711	5	5
containers		20711	0	0
ssd		20711	5	5
ssd	no	20683	0	0
ssd	no	20711	5	5
teaming		20711	5	5
teaming	no	20711	5	5
containers	yes	20711	0	0
virtualization	other	20683	0	0
virtualization	other	20711	5	5
cpu_model		20711	5	5
vzctl	4.9.4	20711	0	0
vzkernel		20711	0	0
vzkernel	2.6.32	20711	0	0
cpu_model	Intel(R) Core(TM)2 CPU T7400 @ 2.16GHz	20711	0	0
cpu_vendor		20711	5	5
disk_model	ST2000NM0055-1V4	20746	0	0
distribution	virtuozzo 7	20746	0	0
guest_os		20746	0	0
guest_os	centos	20746	0	0
guest_os	windows	20746	0	0
memory	32-64 GiB	20746	0	0
ct_os	ubuntu-16.04	20746	0	0
prlctl		20746	0	0
readykernel		20746	0	0
readykernel	yes	20746	0	0
readykernel_patch		20746	0	0
readykernel_patch	89.0-r1	20746	0	0
ct_os		20746	0	0
distribution		20746	0	0
kernel		20746	0	0
services	firewalld	20746	0	0
layout		20746	0	0
layout	ploop	20746	0	0
memory		20746	0	0
ploop		20746	0	0
running		20746	0	0
running	yes	20746	0	0
disk_kind		20746	0	0
disk_kind	hdd	20746	0	0
kernel	3.10.0-1160.80.1.vz7.191.4	20746	0	0
services		20746	0	0
services	prl-disp	20746	0	0
services	libvirtd	20746	0	0
ssd		20746	0	0
teaming		20746	0	0
ploop	7.0.93-1.vz7	20746	0	0
prlctl	7.0.182	20746	0	0
ct_features		20746	0	0
ct_features	nfs	20746	0	0
ct_os	centos-7	20746	0	0
ct_ram		20746	0	0
ct_ram	<=1G	20746	0	0
ct_ram	<=2G	20746	0	0
ct_ram	<=4G	20746	0	0
services	tuned	20746	0	0
disk_kind	nvme	20746	0	0
disk_model		20746	0	0
disk_model	SAMSUNG MZQLB960HAJR-00007	20746	0	0
services	vcmmd	20746	0	0
services	vz	20746	0	0
ssd	yes	20746	0	0
ct_os	other	20746	0	0
ct_features	fuse	20746	0	0
distribution	virtuozzo 7	20662	0	0
guest_os		20662	5	10
guest_os	centos	20662	5	5
guest_os	windows	20662	5	5
kernel	3.10.0-327.18.2.vz7.15.2	20662	0	0
layout		20662	5	15
layout	ploop	20662	5	15
layout	simfs	20662	0	0
vzctl	7.0.229	20746	0	0
vzkernel	3.10.0-1160.80.1.vz7.191.4	20746	0	0
vzkernel	3.10.0-514.26.1.vz7.33.22	20746	0	0
ct_os	centos-6	20746	0	0
layout	simfs	20746	0	0
virtualization		20746	0	0
ct_disk	<=20G	20746	0	0
vswap		20746	0	0
ct_os	ubuntu-14.04	20746	0	0
ct_ram	<=512M	20746	0	0
kernel	3.10.0-327.18.2.vz7.15.2	20746	0	0
vswap	yes	20746	0	0
ploop	7.0.52-1.vz7	20746	0	0
prlctl	7.0.100	20746	0	0
vzctl		20746	0	0
templates		20746	0	0
templates	centos-6	20746	0	0
vzkernel		20746	0	0
virtualization	vz7	20746	0	0
vm_memory		20746	0	0
vm_memory	<=2G	20746	0	0
vm_memory	<=8G	20746	0	0
vm_vcpus		20746	0	0
distribution		20662	5	5
kernel		20662	5	5
vm_vcpus	2	20746	0	0
vm_vcpus	<=4	20746	0	0
teaming	no	20746	0	0
vms		20746	0	0
memory		20662	5	5
services		20662	5	30
services	libvirtd	20662	5	5
vms	yes	20746	0	0
memory	32-64 GiB	20662	5	5
ploop		20662	5	5
ploop	7.0.52-1.vz7	20662	0	0
prlctl		20662	5	5
prlctl	7.0.100	20662	0	0
readykernel		20662	5	5
readykernel	yes	20662	5	5
readykernel_patch		20662	5	5
readykernel_patch	89.0-r1	20662	5	5
running		20662	5	5
running	yes	20662	5	5
services	firewalld	20662	5	5
services	prl-disp	20662	5	5
services	tuned	20662	5	5
services	vcmmd	20662	5	5
vm_vcpus	2	20662	5	5
vm_vcpus	<=4	20662	5	5
vms		20662	5	5
vms	yes	20662	5	5
vswap		20662	5	5
vswap	yes	20662	5	5
vzctl		20662	5	5
vzctl	7.0.100	20662	0	0
vzkernel		20662	5	5
bonding		20760	5	5
container_count	6-20	20746	0	0
bonding	yes	20760	0	0
cpu_vendor	Intel	20746	0	0
container_count		20760	5	5
container_count	1-5	20760	0	0
containers		20760	5	5
containers	yes	20760	5	5
cpu_cores		20760	5	5
cpu_cores	4	20760	5	5
cpu_model		20760	5	5
cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20760	5	5
cpu_vendor		20760	5	5
cpu_vendor	intel	20760	5	5
ct_features	ppp	20746	0	0
ct_os	debian-7	20746	0	0
ct_ram	unlimited	20746	0	0
disk_kind	ssd	20746	0	0
disk_model	INTEL SSDSC2BB48	20746	0	0
disk_model	WDC WD1003FBYX-0	20746	0	0
ct_cpus		20760	5	50
ct_cpus	2	20760	5	10
ct_cpus	<=4	20760	0	0
bonding	no	20746	0	0
cpu_model	AMD EPYC 7302P 16-Core Processor	20746	0	0
cpu_vendor	amd	20746	0	0
distribution	debian 12	20746	0	0
distribution	centos 6.10	20746	0	0
ct_os	debian-7.0	20746	0	0
kernel	6.1.0-26-amd64	20746	0	0
memory	4-8 GiB	20746	0	0
distribution	vzlinux 7.3	20746	0	0
ssd	no	20746	0	0
virtualization	other	20746	0	0
kernel	2.6.32-042stab145.3	20746	0	0
ploop	1.9-1	20746	0	0
services	iptables	20746	0	0
memory	<=1 GiB	20746	0	0
services	vz	20662	5	5
ploop	1.15	20746	0	0
ssd	yes	20662	5	5
virtualization	openvz-legacy	20746	0	0
templates		20662	5	20
templates	centos-6	20662	0	0
vzctl	4.9.4	20746	0	0
virtualization	vz7	20662	0	0
vm_memory		20662	5	10
vm_memory	<=2G	20662	5	5
vm_memory	<=8G	20662	5	5
vm_vcpus		20662	5	10
vzkernel	2.6.32	20746	0	0
ssd		20662	5	5
teaming		20662	5	5
teaming	no	20662	5	5
virtualization		20662	5	5
vzctl	4.3	20746	0	0
vzkernel	2.6.32-042stab134.8	20746	0	0
vzkernel	2.6.32-042stab145.3	20746	0	0
vzctl	7.0.100	20746	0	0
vzkernel	3.10.0-327.18.2.vz7.15.2	20746	0	0
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
ct_cpus	unset	20760	5	40
ct_disk		20760	5	50
ct_disk	<=10G	20760	5	25
ct_disk	<=50G	20760	5	10
ct_features		20760	5	15
ct_features	fuse	20760	0	0
ct_features	nfs	20760	5	10
ct_os		20760	5	50
ct_os	centos-7	20760	0	0
ct_os	other	20760	5	5
ct_os	ubuntu-16.04	20760	0	0
ct_ram		20760	5	50
ct_ram	<=1G	20760	5	5
services	firewalld	20760	0	0
services	libvirtd	20760	0	0
bonding		20769	0	0
services	prl-disp	20760	0	0
bonding	yes	20769	0	0
container_count		20769	0	0
container_count	1-5	20769	0	0
containers		20769	0	0
containers	yes	20769	0	0
cpu_cores		20769	0	0
cpu_cores	4	20769	0	0
services	tuned	20760	0	0
services	vcmmd	20760	0	0
services	vz	20760	5	5
ssd		20760	5	5
ssd	yes	20760	5	5
teaming		20760	5	5
teaming	no	20760	5	5
templates		20760	0	0
templates	centos-6	20760	0	0
virtualization		20760	5	5
virtualization	vz7	20760	0	0
vm_memory		20760	0	0
bonding	no	20760	5	5
container_count	6-20	20760	5	5
ct_disk	<=20G	20760	5	15
cpu_model		20769	0	0
virtualization	openvz-legacy	20760	5	5
cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20769	0	0
cpu_vendor		20769	0	0
cpu_vendor	intel	20769	0	0
vzctl	4.3	20760	5	5
ct_cpus		20769	0	0
vzkernel	2.6.32-042stab134.8	20760	5	5
vzkernel	2.6.32-042stab145.3	20760	5	5
ct_cpus	2	20769	0	0
ct_cpus	<=4	20769	0	0
ct_cpus	unset	20769	0	0
ct_disk		20769	0	0
ct_disk	<=10G	20769	0	0
ct_disk	<=50G	20769	0	0
ct_features		20769	0	0
ct_features	fuse	20769	0	0
ct_features	nfs	20769	0	0
ct_os		20769	0	0
ct_os	centos-7	20769	0	0
ct_os	other	20769	0	0
ct_os	ubuntu-16.04	20769	0	0
ct_ram		20769	0	0
ct_ram	<=1G	20769	0	0
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
memory	<=1 GiB	20760	5	5
ploop	1.9-1	20760	5	5
services	iptables	20760	5	5
vm_memory	<=2G	20760	0	0
vm_memory	<=8G	20760	0	0
vm_vcpus		20760	0	0
vm_vcpus	2	20760	0	0
vm_vcpus	<=4	20760	0	0
vms		20760	0	0
vms	yes	20760	0	0
vswap		20760	5	5
vswap	yes	20760	5	5
vzctl		20760	5	5
vzctl	7.0.229	20760	0	0
vzkernel		20760	5	10
vzkernel	3.10.0-1160.80.1.vz7.191.4	20760	0	0
vzkernel	3.10.0-514.26.1.vz7.33.22	20760	0	0
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
ploop		20769	0	0
ploop	7.0.93-1.vz7	20769	0	0
prlctl		20769	0	0
prlctl	7.0.182	20769	0	0
readykernel		20769	0	0
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
bonding		20774	0	0
cpu_cores		20774	0	0
cpu_cores	4	20774	0	0
cpu_model		20774	3	3
cpu_vendor		20774	3	3
kernel		20774	3	3
vzkernel	3.10.0-514.26.1.vz7.33.22	20769	0	0
bonding	yes	20774	0	0
container_count		20774	3	3
container_count	1-5	20774	0	0
containers		20774	3	3
containers	yes	20774	3	3
cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20774	0	0
cpu_vendor	intel	20774	0	0
ct_cpus		20774	0	0
ct_cpus	2	20774	0	0
ct_cpus	<=4	20774	0	0
teaming		20774	0	0
teaming	no	20774	0	0
virtualization		20774	3	3
ct_ram	<=1G	20774	0	0
ct_ram	<=2G	20774	0	0
ct_ram	<=4G	20774	0	0
disk_kind	nvme	20774	0	0
disk_model		20774	0	0
disk_model	SAMSUNG MZQLB960HAJR-00007	20774	0	0
disk_model	ST2000NM0055-1V4	20774	0	0
disk_kind		20774	0	0
disk_kind	hdd	20774	0	0
distribution		20774	3	3
memory		20774	3	3
services		20774	0	0
services	libvirtd	20774	0	0
ssd		20774	0	0
distribution	virtuozzo 7	20774	0	0
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
services	vz	20774	0	0
ssd	yes	20774	0	0
templates		20774	0	0
templates	centos-6	20774	0	0
virtualization	vz7	20774	0	0
vm_memory		20774	0	0
vm_memory	<=2G	20774	0	0
vm_memory	<=8G	20774	0	0
vm_vcpus		20774	0	0
vm_vcpus	2	20774	0	0
vm_vcpus	<=4	20774	0	0
vms		20774	0	0
vms	yes	20774	0	0
vswap		20774	3	3
vswap	yes	20774	3	3
vzctl		20774	3	3
vzctl	7.0.229	20774	0	0
vzkernel		20774	0	0
cpu_vendor	Intel	20774	3	3
virtualization	other	20774	0	0
ct_os	debian-7.0	20774	3	3
distribution	vzlinux 7.3	20774	3	3
cpu_model	Intel(R) Core(TM)2 CPU T7400 @ 2.16GHz	20774	3	3
kernel	2.6.32-042stab145.3	20774	0	0
memory	<=1 GiB	20774	3	3
ct_os	ubuntu-12.04	20774	3	3
ploop	1.15	20774	0	0
kernel	2.6.32-042stab134.8	20774	3	3
virtualization	openvz-legacy	20774	3	3
vzctl	4.9.4	20774	0	0
vzkernel	2.6.32	20774	0	0
vzctl	3.0.30.2	20774	3	3
vzkernel	3.10.0-1160.80.1.vz7.191.4	20774	0	0
vzkernel	3.10.0-514.26.1.vz7.33.22	20774	0	0
bonding		20776	0	0
bonding	yes	20776	0	0
container_count	1-5	20776	0	0
container_count		20776	0	0
containers		20776	0	0
container_count	6-20	20774	3	3
containers	yes	20776	0	0
cpu_cores		20776	0	0
cpu_cores	4	20776	0	0
cpu_model		20776	0	0
cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20776	0	0
bonding	no	20774	0	0
cpu_model	AMD EPYC 7302P 16-Core Processor	20774	0	0
cpu_vendor	amd	20774	0	0
distribution	debian 12	20774	0	0
kernel	6.1.0-26-amd64	20774	0	0
memory	4-8 GiB	20774	0	0
ssd	no	20774	0	0
cpu_vendor	intel	20776	0	0
ct_cpus		20776	0	0
ct_cpus	2	20776	0	0
ct_cpus	<=4	20776	0	0
ct_cpus	unset	20776	0	0
ct_disk		20776	0	0
ct_disk	<=100G	20776	0	0
ct_disk	<=10G	20776	0	0
ct_disk	<=20G	20776	0	0
ct_disk	<=50G	20776	0	0
ct_features		20776	0	0
ct_features	nfs	20776	0	0
ct_os	centos-7	20776	0	0
ct_os	debian-9.0	20776	0	0
ct_os	ubuntu-16.04	20776	0	0
ct_os	vzlinux-7	20776	0	0
ct_ram		20776	0	0
ct_ram	<=1G	20776	0	0
ct_ram	<=2G	20776	0	0
ct_ram	<=4G	20776	0	0
ct_ram	<=8G	20776	0	0
ct_disk	<=20G	20774	0	0
cpu_vendor		20776	0	0
ct_os		20776	0	0
ct_os	ubuntu-14.04	20774	0	0
ct_ram	<=512M	20774	0	0
ct_os	centos-6	20774	0	0
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
layout	simfs	20774	3	15
distribution		20776	0	0
kernel		20776	0	0
layout		20776	0	0
layout	ploop	20776	0	0
layout	simfs	20776	0	0
memory		20776	0	0
ploop		20776	0	0
running		20776	0	0
running	yes	20776	0	0
kernel	3.10.0-327.18.2.vz7.15.2	20774	0	0
ploop	7.0.52-1.vz7	20774	0	0
prlctl	7.0.100	20774	0	0
disk_kind		20776	0	0
disk_kind	hdd	20776	0	0
disk_kind	nvme	20776	0	0
disk_model		20776	0	0
disk_model	SAMSUNG MZQLB960HAJR-00007	20776	0	0
disk_model	ST2000NM0055-1V4	20776	0	0
distribution	virtuozzo 7	20776	0	0
guest_os		20776	0	0
guest_os	centos	20776	0	0
containers		20781	20	20
containers	yes	20781	20	20
cpu_cores		20781	25	25
cpu_cores	4	20781	25	25
cpu_model		20781	25	25
cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20781	20	20
cpu_vendor		20781	25	25
cpu_vendor	Intel	20776	0	0
ct_os	centos-6	20776	0	0
ct_os	debian-7.0	20776	0	0
distribution	vzlinux 7.3	20776	0	0
kernel	2.6.32-042stab145.3	20776	0	0
memory	<=1 GiB	20776	0	0
ploop	1.15	20776	0	0
vzctl	7.0.100	20774	0	0
virtualization		20776	0	0
virtualization	openvz-legacy	20776	0	0
vswap		20776	0	0
vzkernel	3.10.0-327.18.2.vz7.15.2	20774	0	0
vswap	yes	20776	0	0
vzctl		20776	0	0
vzctl	4.9.4	20776	0	0
vzkernel		20776	0	0
vzkernel	2.6.32	20776	0	0
virtualization	vz7	20776	0	0
vm_memory		20776	0	0
vm_memory	<=2G	20776	0	0
vm_memory	<=8G	20776	0	0
vm_vcpus		20776	0	0
vm_vcpus	2	20776	0	0
vm_vcpus	<=4	20776	0	0
vms		20776	0	0
vms	yes	20776	0	0
vzctl	7.0.229	20776	0	0
vzkernel	3.10.0-1160.80.1.vz7.191.4	20776	0	0
vzkernel	3.10.0-514.26.1.vz7.33.22	20776	0	0
bonding		20781	20	20
bonding	yes	20781	15	15
container_count	1-5	20781	15	15
cpu_vendor	intel	20781	15	15
ct_cpus		20781	15	65
ct_cpus	2	20781	15	15
ct_cpus	<=4	20781	15	15
ct_cpus	unset	20781	15	35
container_count		20781	20	20
container_count	6-20	20776	0	0
templates	vzlinux-7	20776	0	0
disk_kind		20781	20	55
disk_kind	hdd	20781	20	40
disk_kind	nvme	20781	15	15
memory	32-64 GiB	20781	10	10
disk_model		20781	15	45
disk_model	SAMSUNG MZQLB960HAJR-00007	20781	15	15
disk_model	ST2000NM0055-1V4	20781	15	30
ct_os		20781	20	80
distribution		20781	25	25
kernel		20781	25	25
layout		20781	20	110
layout	ploop	20781	20	80
memory		20781	25	25
ploop		20781	20	20
distribution	virtuozzo 7	20781	15	15
guest_os		20781	15	30
guest_os	centos	20781	15	15
guest_os	windows	20781	15	15
running		20781	20	20
running	yes	20781	20	20
kernel	3.10.0-1160.80.1.vz7.191.4	20781	15	15
ct_disk		20781	15	65
ploop	7.0.93-1.vz7	20781	10	10
prlctl		20781	15	15
prlctl	7.0.182	20781	10	10
readykernel		20781	15	15
readykernel	yes	20781	15	15
readykernel_patch		20781	15	15
readykernel_patch	89.0-r1	20781	15	15
services		20781	20	95
services	firewalld	20781	15	15
services	libvirtd	20781	20	20
ct_disk	<=10G	20781	15	30
ct_disk	<=50G	20781	15	25
ct_features		20781	15	25
ct_features	fuse	20781	10	10
ct_features	nfs	20781	15	15
ct_os	centos-7	20781	15	30
ct_os	other	20781	10	10
ct_os	ubuntu-16.04	20781	15	15
ct_ram		20781	15	65
ct_ram	<=1G	20781	15	30
ct_ram	<=2G	20781	15	15
ct_ram	<=4G	20781	15	15
vzkernel	3.10.0-514.26.1.vz7.33.22	20781	15	15
memory	128-256 GiB	20781	5	5
ct_disk	<=100G	20781	5	5
ct_disk	<=20G	20781	5	5
ct_os	debian-9.0	20781	5	5
ct_os	vzlinux-7	20781	5	5
services	prl-disp	20781	15	15
services	tuned	20781	15	15
container_count	6-20	20781	5	5
services	vcmmd	20781	15	15
services	vz	20781	15	15
ssd		20781	20	20
ssd	yes	20781	15	15
teaming		20781	20	20
teaming	no	20781	20	20
templates		20781	15	30
templates	centos-6	20781	10	10
cpu_vendor	Intel	20781	5	5
virtualization	vz7	20781	15	15
vm_memory		20781	15	30
vm_memory	<=2G	20781	15	15
vm_memory	<=8G	20781	15	15
vm_vcpus		20781	15	30
vm_vcpus	2	20781	15	15
vm_vcpus	<=4	20781	15	15
vms		20781	15	15
vms	yes	20781	15	15
ct_os	centos-6	20781	5	10
ct_os	debian-7.0	20781	5	5
distribution	vzlinux 7.3	20781	5	5
bonding	no	20781	5	5
cpu_model	AMD EPYC 7302P 16-Core Processor	20781	5	5
cpu_vendor	amd	20781	5	5
distribution	debian 12	20781	5	5
kernel	6.1.0-26-amd64	20781	5	5
memory	4-8 GiB	20781	5	5
kernel	2.6.32-042stab145.3	20781	5	5
ssd	no	20781	5	5
layout	simfs	20781	10	30
ct_ram	<=8G	20781	5	5
memory	<=1 GiB	20781	5	5
ploop	7.0.270-1.vz7	20781	5	5
prlctl	7.0.240	20781	5	5
ploop	1.15	20781	5	5
virtualization		20781	25	25
virtualization	openvz-legacy	20781	5	5
vswap		20781	20	20
vswap	yes	20781	20	20
virtualization	other	20781	5	5
templates	centos-7	20781	5	5
templates	debian-9.0	20781	5	5
templates	ubuntu-16.04	20781	5	5
templates	vzlinux-7	20781	5	5
vzctl	7.0.229	20781	15	15
vzctl		20781	20	20
vzctl	4.9.4	20781	5	5
vzkernel	3.10.0-1160.80.1.vz7.191.4	20781	15	15
vzkernel		20781	20	35
vzkernel	2.6.32	20781	5	5
\.


--
-- Data for Name: dist_week; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.dist_week (dist, key, week, hosts, units) FROM stdin;
bonding		2952	20	20
cpu_cores		2952	25	25
cpu_cores	4	2952	25	25
cpu_model		2952	25	25
cpu_vendor		2952	25	25
bonding	yes	2952	10	10
container_count		2952	15	15
container_count	1-5	2952	10	10
containers		2952	15	15
ct_os	centos-7	2952	5	10
ct_os	ubuntu-14.04	2952	5	5
containers	yes	2952	15	15
ct_ram	<=512M	2952	5	5
cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2952	15	15
cpu_vendor	intel	2952	10	10
ct_cpus		2952	10	35
ct_cpus	2	2952	10	10
ct_cpus	unset	2952	10	20
bonding		2955	10	10
bonding	no	2955	10	10
cpu_cores		2955	10	10
cpu_cores	4	2955	10	10
cpu_model		2955	10	10
cpu_vendor		2955	10	10
ct_os	centos-6	2952	10	15
ct_disk		2952	10	35
ct_disk	<=10G	2952	10	15
ct_disk	<=20G	2952	10	10
ct_disk	<=50G	2952	10	10
ct_features		2952	10	10
ct_features	nfs	2952	10	10
ct_os		2952	15	50
ct_ram		2952	10	35
ct_ram	<=1G	2952	10	10
ct_ram	<=2G	2952	10	10
ct_ram	<=4G	2952	10	10
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
services		2952	20	70
services	libvirtd	2952	20	20
ssd		2952	20	20
teaming		2952	20	20
teaming	no	2952	20	20
virtualization		2952	25	25
distribution	virtuozzo 7	2952	5	5
kernel	3.10.0-327.18.2.vz7.15.2	2952	5	5
disk_kind	nvme	2952	10	10
disk_model		2952	10	30
ploop	7.0.52-1.vz7	2952	5	5
prlctl	7.0.100	2952	5	5
disk_model	SAMSUNG MZQLB960HAJR-00007	2952	10	10
disk_model	ST2000NM0055-1V4	2952	10	20
guest_os		2952	10	20
guest_os	centos	2952	10	10
guest_os	windows	2952	10	10
templates	centos-6	2952	5	5
layout		2952	15	80
virtualization	vz7	2952	5	5
layout	ploop	2952	15	50
memory	32-64 GiB	2952	10	10
vzctl	7.0.100	2952	5	5
ploop		2952	15	15
prlctl		2952	10	10
layout	simfs	2952	10	30
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
bonding	yes	2964	10	10
container_count	1-5	2964	10	10
container_count		2964	20	20
containers		2964	20	20
cpu_model		2964	25	25
cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2964	20	20
cpu_vendor		2964	25	25
containers	yes	2964	20	20
cpu_cores		2964	25	25
bonding		2964	20	20
cpu_cores	4	2964	25	25
ct_disk	<=20G	2955	5	15
ct_disk	<=50G	2955	5	10
ct_features		2955	5	15
ct_features	nfs	2955	5	10
ct_features	ppp	2955	5	5
ct_os		2955	5	50
ct_os	centos-6	2955	5	30
ct_os	debian-7	2955	5	10
ct_os	other	2955	5	5
ct_ram		2955	5	50
cpu_vendor	intel	2964	15	15
ct_cpus		2964	15	90
ct_cpus	2	2964	15	20
ct_cpus	unset	2964	15	65
ct_disk		2964	15	90
ct_disk	<=10G	2964	15	45
ct_cpus	<=4	2964	5	5
ct_disk	<=50G	2964	15	25
vzkernel	3.10.0-327.18.2.vz7.15.2	2952	5	5
bonding	no	2952	10	10
cpu_model	AMD EPYC 7302P 16-Core Processor	2952	10	10
cpu_vendor	amd	2952	10	10
distribution	debian 12	2952	10	10
kernel	6.1.0-26-amd64	2952	10	10
memory	4-8 GiB	2952	10	10
ssd	no	2952	10	10
virtualization	other	2952	10	10
virtualization		2955	10	10
ct_cpus	<=4	2952	5	5
ct_os	almalinux-9	2952	5	5
ct_os	ubuntu-22.04	2952	5	5
ct_os	vzlinux-9	2952	5	5
distribution	virtuozzo 9	2952	5	5
kernel	5.14.0-427.33.1.vz9.72.4	2952	5	5
ploop	9.0.23-1.vz9	2952	5	5
prlctl	9.0.3	2952	5	5
templates	almalinux-9	2952	5	5
container_count	6-20	2952	5	5
cpu_vendor	Intel	2952	5	5
ct_os	debian-7.0	2952	5	5
distribution	vzlinux 7.3	2952	5	5
kernel	2.6.32-042stab145.3	2952	5	5
memory	<=1 GiB	2952	5	5
ploop	1.15	2952	5	5
virtualization	openvz-legacy	2952	5	5
vzctl	4.9.4	2952	5	5
vzkernel	2.6.32	2952	5	5
templates	centos-7	2952	5	5
templates	ubuntu-22.04	2952	5	5
templates	vzlinux-9	2952	5	5
virtualization	vz9	2952	5	5
vzctl	9.0.1	2952	5	5
vzkernel	5.14.0-427.33.1.vz9.72.4	2952	5	5
disk_kind		2955	10	20
disk_kind	hdd	2955	10	15
distribution		2955	10	10
kernel		2955	10	10
memory		2955	10	10
services		2955	10	15
ssd		2955	10	10
teaming		2955	10	10
teaming	no	2955	10	10
ct_os	ubuntu-14.04	2955	5	5
ct_ram	<=1G	2955	5	5
ct_ram	<=2G	2955	5	10
ct_ram	<=512M	2955	5	15
ct_ram	unlimited	2955	5	20
disk_kind	ssd	2955	5	5
disk_model		2955	5	10
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
services	vz	2955	5	5
ssd	yes	2955	5	5
virtualization	openvz-legacy	2955	5	5
vswap		2955	5	5
vswap	yes	2955	5	5
vzctl		2955	5	5
vzctl	4.3	2955	5	5
vzkernel		2955	5	10
vzkernel	2.6.32-042stab134.8	2955	5	5
vzkernel	2.6.32-042stab145.3	2955	5	5
container_count	6-20	2959	8	8
containers		2959	8	8
containers	yes	2959	8	8
cpu_model	Intel(R) Core(TM)2 CPU T7400 @ 2.16GHz	2959	3	3
cpu_vendor	Intel	2959	8	8
ct_os		2959	8	21
ct_os	debian-7.0	2959	8	8
ct_os	ubuntu-12.04	2959	3	3
vzctl	4.9.4	2959	5	5
vzkernel		2959	5	5
vzkernel	2.6.32	2959	5	5
distribution	vzlinux 7.3	2959	8	8
kernel	2.6.32-042stab134.8	2959	3	3
layout		2959	8	72
cpu_model	AMD EPYC 7302P 16-Core Processor	2955	5	5
cpu_vendor	amd	2955	5	5
distribution	debian 12	2955	5	5
kernel	6.1.0-26-amd64	2955	5	5
memory	4-8 GiB	2955	5	5
services	libvirtd	2955	5	5
ssd	no	2955	5	5
virtualization	other	2955	5	5
layout	ploop	2959	8	32
layout	simfs	2959	8	40
memory	<=1 GiB	2959	8	8
bonding		2959	5	5
running		2959	8	8
cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2959	5	5
running	yes	2959	8	8
bonding	no	2959	5	5
virtualization	openvz-legacy	2959	8	8
ct_os	centos-6	2959	5	10
vswap		2959	8	8
vswap	yes	2959	8	8
vzctl		2959	8	8
vzctl	3.0.30.2	2959	3	3
kernel	2.6.32-042stab145.3	2959	5	5
kernel		2959	13	13
kernel	6.1.0-26-amd64	2959	5	5
memory		2959	13	13
ploop		2959	5	5
ploop	1.15	2959	5	5
memory	4-8 GiB	2959	5	5
services		2959	5	5
services	libvirtd	2959	5	5
ssd		2959	5	5
cpu_cores		2959	10	10
cpu_cores	4	2959	10	10
cpu_model		2959	13	13
cpu_model	AMD EPYC 7302P 16-Core Processor	2959	5	5
cpu_vendor		2959	13	13
cpu_vendor	amd	2959	5	5
disk_kind		2959	5	10
disk_kind	hdd	2959	5	10
distribution		2959	13	13
ssd	no	2959	5	5
teaming		2959	5	5
teaming	no	2959	5	5
virtualization		2959	13	13
virtualization	other	2959	5	5
container_count		2959	8	8
distribution	debian 12	2959	5	5
ct_os	other	2964	10	10
ct_ram		2964	15	90
ct_os	centos-7	2964	10	20
ct_ram	<=1G	2964	15	20
ct_ram	<=2G	2964	15	20
ct_ram	<=4G	2964	10	10
disk_model		2964	15	40
disk_kind	nvme	2964	10	10
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
services	vz	2964	15	15
services	firewalld	2964	10	10
services	prl-disp	2964	10	10
services	tuned	2964	10	10
services	vcmmd	2964	10	10
ssd	yes	2964	15	15
templates		2964	10	10
templates	centos-6	2964	10	10
virtualization	vz7	2964	10	10
vm_memory		2964	10	20
ct_features	fuse	2964	5	5
ct_os	ubuntu-16.04	2964	5	5
ct_os		2964	20	105
distribution		2964	25	25
disk_kind		2964	20	50
disk_kind	hdd	2964	20	35
kernel		2964	25	25
layout		2964	20	135
layout	ploop	2964	15	55
services		2964	20	75
services	libvirtd	2964	15	15
ssd		2964	20	20
teaming		2964	20	20
teaming	no	2964	20	20
memory		2964	25	25
kernel	3.10.0-1160.80.1.vz7.191.4	2964	5	5
ct_features		2964	15	30
ct_features	nfs	2964	15	20
ploop	7.0.93-1.vz7	2964	5	5
prlctl	7.0.182	2964	5	5
ploop		2964	20	20
running		2964	20	20
running	yes	2964	20	20
virtualization		2964	25	25
vm_memory	<=2G	2964	10	10
ct_ram	<=512M	2964	10	20
bonding	no	2964	10	10
ct_ram	unlimited	2964	5	20
disk_kind	ssd	2964	5	5
disk_model	INTEL SSDSC2BB48	2964	5	5
disk_model	WDC WD1003FBYX-0	2964	5	5
distribution	centos 6.10	2964	5	5
vzkernel		2964	20	30
vzkernel	2.6.32	2964	5	5
ploop	1.9-1	2964	5	5
services	iptables	2964	5	5
container_count		2966	10	10
containers		2966	10	10
containers	yes	2966	10	10
vzctl	4.3	2964	5	5
cpu_cores		2966	10	10
vzkernel	2.6.32-042stab134.8	2964	5	5
vzkernel	2.6.32-042stab145.3	2964	5	5
cpu_model	AMD EPYC 7302P 16-Core Processor	2964	5	5
cpu_vendor	amd	2964	5	5
distribution	debian 12	2964	5	5
kernel	6.1.0-26-amd64	2964	5	5
memory	4-8 GiB	2964	5	5
kernel	3.10.0-327.18.2.vz7.15.2	2964	5	5
ssd	no	2964	5	5
ploop	7.0.52-1.vz7	2964	5	5
prlctl	7.0.100	2964	5	5
vm_memory	<=8G	2964	10	10
vm_vcpus		2964	10	20
vzctl	7.0.229	2964	5	5
vm_vcpus	2	2964	10	10
vzkernel	3.10.0-1160.80.1.vz7.191.4	2964	5	5
vzkernel	3.10.0-514.26.1.vz7.33.22	2964	5	5
vm_vcpus	<=4	2964	10	10
vms		2964	10	10
vms	yes	2964	10	10
virtualization	other	2964	5	5
cpu_cores	4	2966	10	10
vzctl	7.0.100	2964	5	5
cpu_model		2966	10	10
vzkernel	3.10.0-327.18.2.vz7.15.2	2964	5	5
bonding	yes	2966	5	5
cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2966	10	10
container_count	1-5	2966	5	5
cpu_vendor		2966	10	10
cpu_vendor	intel	2966	10	10
ct_cpus		2966	10	70
ct_cpus	2	2966	10	15
ct_os		2966	10	70
container_count	6-20	2964	10	10
cpu_vendor	Intel	2964	5	5
ct_os	centos-6	2964	15	45
ct_os	debian-7.0	2964	5	5
distribution	vzlinux 7.3	2964	5	5
kernel	2.6.32-042stab145.3	2964	10	10
layout	simfs	2964	15	80
ct_disk	<=20G	2964	10	20
ct_features	ppp	2964	5	5
memory	<=1 GiB	2964	10	10
ct_os	debian-7	2964	5	10
ct_os	ubuntu-14.04	2964	10	10
ploop	1.15	2964	5	5
virtualization	openvz-legacy	2964	10	10
vswap		2964	20	20
vswap	yes	2964	20	20
vzctl		2964	20	20
vzctl	4.9.4	2964	5	5
ct_cpus	<=4	2966	5	5
bonding		2966	10	10
services		2966	10	40
ct_ram	<=4G	2967	5	5
disk_kind		2967	5	15
disk_kind	hdd	2967	5	10
disk_kind	nvme	2967	5	5
disk_model		2967	5	15
disk_kind	nvme	2966	5	5
disk_model	SAMSUNG MZQLB960HAJR-00007	2967	5	5
disk_model	SAMSUNG MZQLB960HAJR-00007	2966	5	5
disk_model	ST2000NM0055-1V4	2966	5	10
disk_model	ST2000NM0055-1V4	2967	5	10
distribution	virtuozzo 7	2966	5	5
guest_os		2966	5	10
guest_os	centos	2966	5	5
guest_os	windows	2966	5	5
distribution		2967	5	5
kernel	3.10.0-1160.80.1.vz7.191.4	2966	5	5
distribution	virtuozzo 7	2967	5	5
layout	ploop	2966	5	20
guest_os		2967	5	10
memory	32-64 GiB	2966	5	5
guest_os	centos	2967	5	5
ploop	7.0.93-1.vz7	2966	5	5
prlctl		2966	5	5
prlctl	7.0.182	2966	5	5
readykernel		2966	5	5
readykernel	yes	2966	5	5
readykernel_patch		2966	5	5
readykernel_patch	89.0-r1	2966	5	5
guest_os	windows	2967	5	5
kernel		2967	5	5
kernel	3.10.0-1160.80.1.vz7.191.4	2967	5	5
services	tuned	2966	5	5
layout		2967	5	20
layout	ploop	2967	5	20
memory		2967	5	5
memory	128-256 GiB	2967	5	5
ct_cpus	unset	2966	10	50
ct_disk		2966	10	70
ct_disk	<=10G	2966	10	35
ct_disk	<=50G	2966	10	20
ct_features		2966	10	25
ct_features	nfs	2966	10	15
ct_os	other	2966	10	10
ct_ram		2966	10	70
ct_ram	<=1G	2966	10	15
ct_ram	<=2G	2966	10	15
disk_kind		2966	10	25
disk_kind	hdd	2966	10	15
disk_model		2966	10	25
ct_features	fuse	2966	5	5
distribution		2966	10	10
ct_os	centos-7	2966	5	10
kernel		2966	10	10
ct_os	ubuntu-16.04	2966	5	5
layout		2966	10	70
memory		2966	10	10
ploop		2966	10	10
ct_ram	<=4G	2966	5	5
running		2966	10	10
running	yes	2966	10	10
ploop		2967	5	5
services	vz	2966	10	10
ssd		2966	10	10
ssd	yes	2966	10	10
teaming		2966	10	10
teaming	no	2966	10	10
virtualization		2966	10	10
bonding	no	2966	5	5
container_count	6-20	2966	5	5
ct_disk	<=20G	2966	5	15
ct_features	ppp	2966	5	5
services	firewalld	2966	5	5
services	libvirtd	2966	5	5
services	prl-disp	2966	5	5
services	vcmmd	2966	5	5
virtualization	openvz-legacy	2966	5	5
vswap		2966	10	10
vswap	yes	2966	10	10
vzctl		2966	10	10
vzctl	4.3	2966	5	5
templates		2966	5	5
templates	centos-6	2966	5	5
vzkernel		2966	10	20
virtualization	vz7	2966	5	5
vm_memory		2966	5	10
vm_memory	<=2G	2966	5	5
vm_memory	<=8G	2966	5	5
vm_vcpus		2966	5	10
vm_vcpus	2	2966	5	5
vm_vcpus	<=4	2966	5	5
vms		2966	5	5
vms	yes	2966	5	5
vzkernel	2.6.32-042stab134.8	2966	5	5
vzkernel	2.6.32-042stab145.3	2966	5	5
vzctl	7.0.229	2966	5	5
vzkernel	3.10.0-1160.80.1.vz7.191.4	2966	5	5
vzkernel	3.10.0-514.26.1.vz7.33.22	2966	5	5
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
memory	<=1 GiB	2966	5	5
ploop	1.9-1	2966	5	5
services	iptables	2966	5	5
bonding		2967	5	5
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
ct_ram		2967	5	20
ct_ram	<=1G	2967	5	10
ct_ram	<=2G	2967	5	5
bonding	yes	2968	10	10
container_count	1-5	2968	10	10
bonding		2968	15	15
cpu_cores		2968	20	20
vm_memory	<=8G	2967	5	5
vm_vcpus		2967	5	10
vm_vcpus	2	2967	5	5
vm_vcpus	<=4	2967	5	5
vms		2967	5	5
vms	yes	2967	5	5
vswap		2967	5	5
vswap	yes	2967	5	5
vzctl		2967	5	5
vzctl	7.0.229	2967	5	5
vzkernel		2967	5	10
vzkernel	3.10.0-1160.80.1.vz7.191.4	2967	5	5
vzkernel	3.10.0-514.26.1.vz7.33.22	2967	5	5
container_count		2968	18	18
containers		2968	18	18
cpu_vendor	intel	2968	10	10
ct_cpus	2	2968	10	10
ct_cpus	unset	2968	10	25
ct_disk	<=10G	2968	10	20
ct_disk	<=50G	2968	10	15
ct_features		2968	10	15
ct_features	nfs	2968	10	10
containers	yes	2968	18	18
ct_os	centos-7	2968	10	20
ct_ram	<=2G	2968	10	10
ct_ram	<=4G	2968	10	10
cpu_model		2968	23	23
disk_kind		2968	15	40
disk_kind	nvme	2968	10	10
disk_model		2968	10	30
disk_model	SAMSUNG MZQLB960HAJR-00007	2968	10	10
disk_model	ST2000NM0055-1V4	2968	10	20
disk_kind	hdd	2968	15	30
cpu_cores	4	2968	20	20
cpu_vendor		2968	23	23
cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2968	15	15
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
ct_cpus		2968	10	45
ct_cpus	<=4	2968	10	10
ct_disk		2968	10	45
ct_os		2968	18	66
ct_os	ubuntu-16.04	2968	10	10
ct_ram		2968	10	45
ct_ram	<=1G	2968	10	20
ct_features	fuse	2968	5	5
ct_os	other	2968	5	5
ct_disk	<=20G	2968	5	5
distribution	virtuozzo 7	2968	10	10
guest_os		2968	10	20
guest_os	centos	2968	10	10
guest_os	windows	2968	10	10
ct_os	centos-6	2968	5	10
ct_os	ubuntu-14.04	2968	0	0
ct_ram	<=512M	2968	0	0
kernel	3.10.0-1160.80.1.vz7.191.4	2968	10	10
distribution		2968	23	23
memory	32-64 GiB	2968	10	10
kernel		2968	23	23
kernel	3.10.0-327.18.2.vz7.15.2	2968	0	0
prlctl		2968	10	10
layout		2968	18	117
readykernel		2968	10	10
readykernel	yes	2968	10	10
readykernel_patch		2968	10	10
readykernel_patch	89.0-r1	2968	10	10
services	firewalld	2968	10	10
layout	simfs	2968	13	45
services	prl-disp	2968	10	10
services	tuned	2968	10	10
services	vcmmd	2968	10	10
services	vz	2968	10	10
memory		2968	23	23
ssd	yes	2968	10	10
running		2968	18	18
running	yes	2968	18	18
virtualization		2968	23	23
virtualization	vz7	2968	10	10
vm_memory		2968	10	20
vm_memory	<=2G	2968	10	10
vm_memory	<=8G	2968	10	10
vm_vcpus		2968	10	20
vswap		2968	18	18
ploop		2968	15	15
vswap	yes	2968	18	18
vzctl		2968	18	18
layout	ploop	2968	18	72
ploop	7.0.52-1.vz7	2968	0	0
prlctl	7.0.100	2968	0	0
templates		2968	10	25
ploop	7.0.93-1.vz7	2968	5	5
prlctl	7.0.182	2968	5	5
templates	centos-6	2968	5	5
vzctl	7.0.100	2968	0	0
vzctl	7.0.229	2968	10	10
vzkernel	3.10.0-1160.80.1.vz7.191.4	2968	10	10
vzkernel	3.10.0-514.26.1.vz7.33.22	2968	10	10
services		2968	15	65
services	libvirtd	2968	15	15
ssd		2968	15	15
teaming		2968	15	15
teaming	no	2968	15	15
vm_vcpus	2	2968	10	10
vm_vcpus	<=4	2968	10	10
vms		2968	10	10
vms	yes	2968	10	10
bonding		2969	20	20
vzctl	4.9.4	2968	5	5
cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2969	20	20
vzkernel	2.6.32	2968	5	5
cpu_vendor		2969	25	25
ct_os		2969	20	80
distribution		2969	25	25
bonding	yes	2969	15	15
container_count	1-5	2969	15	15
ct_disk	<=100G	2968	5	5
ct_os	debian-9.0	2968	5	5
ct_os	vzlinux-7	2968	5	5
ct_ram	<=8G	2968	5	5
ploop	7.0.270-1.vz7	2968	5	5
prlctl	7.0.240	2968	5	5
container_count	6-20	2968	8	8
cpu_model	Intel(R) Core(TM)2 CPU T7400 @ 2.16GHz	2968	3	3
cpu_vendor	Intel	2968	8	8
ct_os	debian-7.0	2968	8	8
ct_os	ubuntu-12.04	2968	3	3
bonding	no	2968	5	5
cpu_model	AMD EPYC 7302P 16-Core Processor	2968	5	5
cpu_vendor	amd	2968	5	5
distribution	debian 12	2968	5	5
kernel	6.1.0-26-amd64	2968	5	5
memory	4-8 GiB	2968	5	5
ssd	no	2968	5	5
virtualization	other	2968	5	5
distribution	vzlinux 7.3	2968	8	8
kernel	2.6.32-042stab134.8	2968	3	3
memory	<=1 GiB	2968	8	8
virtualization	openvz-legacy	2968	8	8
vzctl	3.0.30.2	2968	3	3
templates	centos-7	2968	5	5
templates	debian-9.0	2968	5	5
templates	ubuntu-16.04	2968	5	5
templates	vzlinux-7	2968	5	5
vzkernel		2968	15	25
vzkernel	3.10.0-327.18.2.vz7.15.2	2968	0	0
kernel	2.6.32-042stab145.3	2968	5	5
ploop	1.15	2968	5	5
container_count		2969	20	20
containers		2969	20	20
containers	yes	2969	20	20
cpu_cores		2969	25	25
cpu_cores	4	2969	25	25
cpu_model		2969	25	25
cpu_vendor	intel	2969	15	15
ct_cpus		2969	15	65
ct_cpus	2	2969	15	15
ct_cpus	<=4	2969	15	15
ct_cpus	unset	2969	15	35
ct_disk		2969	15	65
ct_disk	<=10G	2969	15	30
ct_disk	<=50G	2969	15	25
ct_features		2969	15	25
ct_features	fuse	2969	10	10
ct_features	nfs	2969	15	15
ct_os	centos-7	2969	15	30
ct_os	other	2969	10	10
ct_os	ubuntu-16.04	2969	15	15
ct_ram		2969	15	65
ct_ram	<=1G	2969	15	30
ct_ram	<=2G	2969	15	15
ct_ram	<=4G	2969	15	15
disk_kind		2969	20	55
disk_kind	hdd	2969	20	40
disk_kind	nvme	2969	15	15
disk_model		2969	15	45
disk_model	SAMSUNG MZQLB960HAJR-00007	2969	15	15
disk_model	ST2000NM0055-1V4	2969	15	30
ct_disk	<=100G	2969	5	5
ct_disk	<=20G	2969	5	5
ct_os	debian-9.0	2969	5	5
ct_os	vzlinux-7	2969	5	5
ct_ram	<=8G	2969	5	5
memory	32-64 GiB	2969	10	10
ploop	7.0.270-1.vz7	2969	5	5
prlctl	7.0.240	2969	5	5
ploop	7.0.93-1.vz7	2969	10	10
prlctl		2969	15	15
prlctl	7.0.182	2969	10	10
readykernel		2969	15	15
templates	centos-7	2969	5	5
readykernel	yes	2969	15	15
readykernel_patch		2969	15	15
readykernel_patch	89.0-r1	2969	15	15
services		2969	20	95
services	firewalld	2969	15	15
services	libvirtd	2969	20	20
services	prl-disp	2969	15	15
services	tuned	2969	15	15
services	vcmmd	2969	15	15
services	vz	2969	15	15
ssd		2969	20	20
ssd	yes	2969	15	15
teaming		2969	20	20
teaming	no	2969	20	20
templates		2969	15	30
templates	centos-6	2969	10	10
virtualization	vz7	2969	15	15
vm_memory		2969	15	30
vm_memory	<=2G	2969	15	15
vm_memory	<=8G	2969	15	15
vm_vcpus		2969	15	30
kernel		2969	25	25
layout		2969	20	110
layout	ploop	2969	20	80
layout	simfs	2969	10	30
memory		2969	25	25
ploop		2969	20	20
distribution	virtuozzo 7	2969	15	15
guest_os		2969	15	30
guest_os	centos	2969	15	15
guest_os	windows	2969	15	15
kernel	3.10.0-1160.80.1.vz7.191.4	2969	15	15
vm_vcpus	2	2969	15	15
vm_vcpus	<=4	2969	15	15
vms		2969	15	15
running		2969	20	20
running	yes	2969	20	20
virtualization		2969	25	25
templates	debian-9.0	2969	5	5
templates	ubuntu-16.04	2969	5	5
templates	vzlinux-7	2969	5	5
memory	<=1 GiB	2969	5	5
ploop	1.15	2969	5	5
virtualization	openvz-legacy	2969	5	5
vswap		2969	20	20
vswap	yes	2969	20	20
vzctl		2969	20	20
memory	128-256 GiB	2969	5	5
vms	yes	2969	15	15
vzctl	4.9.4	2969	5	5
vzkernel		2969	20	35
vzkernel	2.6.32	2969	5	5
vzctl	7.0.229	2969	15	15
vzkernel	3.10.0-1160.80.1.vz7.191.4	2969	15	15
vzkernel	3.10.0-514.26.1.vz7.33.22	2969	15	15
bonding	no	2969	5	5
cpu_model	AMD EPYC 7302P 16-Core Processor	2969	5	5
cpu_vendor	amd	2969	5	5
distribution	debian 12	2969	5	5
kernel	6.1.0-26-amd64	2969	5	5
memory	4-8 GiB	2969	5	5
ssd	no	2969	5	5
virtualization	other	2969	5	5
container_count	6-20	2969	5	5
cpu_vendor	Intel	2969	5	5
ct_os	centos-6	2969	5	10
ct_os	debian-7.0	2969	5	5
distribution	vzlinux 7.3	2969	5	5
kernel	2.6.32-042stab145.3	2969	5	5
\.


--
-- Data for Name: facts; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.facts (host_id, collector, received_at, data) FROM stdin;
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	hw.cpu	1795514400	{"cores":4,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"vendor":"intel"}
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	hw.disks	1795514400	{"by_kind":{"hdd":2,"nvme":1},"disks":[{"kind":"nvme","model":"SAMSUNG MZQLB960HAJR-00007"},{"kind":"hdd","model":"ST2000NM0055-1V4"},{"kind":"hdd","model":"ST2000NM0055-1V4"}]}
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	hw.memory	1795514400	{"total_bytes":67337687040}
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	net.config	1795514400	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"teams":0}
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	os.kernel	1795514400	{"line":"vz7","release":"3.10.0-1160.80.1.vz7.191.4"}
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	os.release	1795514400	{"id":"virtuozzo","version":"7"}
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	sw.packages	1795514400	{"versions":{"ploop":["7.0.270-1.vz7"],"vzkernel":["3.10.0-1160.80.1.vz7.191.4","3.10.0-514.26.1.vz7.33.22"]}}
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	sw.services	1795514400	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"]}
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	vz.containers	1795514400	{"by_layout":{"ploop":4,"simfs":1},"by_template":{"centos-7":2,"debian-9.0":1,"ubuntu-16.04":1,"vzlinux-7":1},"configured":5,"cpus":{"2":1,"<=4":1,"unset":3},"disk_limit":{"<=100G":1,"<=10G":2,"<=20G":1,"<=50G":1},"features":{"nfs":1},"ram_limit":{"<=1G":2,"<=2G":1,"<=4G":1,"<=8G":1},"running":3,"vswap":5}
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
a22744bc-a4b4-499a-b378-f4e9f3317332	hw.cpu	1795514400	{"cores":4,"models":["AMD EPYC 7302P 16-Core Processor"],"vendor":"amd"}
a22744bc-a4b4-499a-b378-f4e9f3317332	hw.disks	1795514400	{"by_kind":{"hdd":2},"disks":[{"kind":"hdd","model":null},{"kind":"hdd","model":null}]}
a22744bc-a4b4-499a-b378-f4e9f3317332	hw.memory	1795514400	{"total_bytes":8331145216}
a22744bc-a4b4-499a-b378-f4e9f3317332	net.config	1795514400	{"bonding":{"count":0,"modes":{},"slaves":0},"teams":0}
a22744bc-a4b4-499a-b378-f4e9f3317332	os.kernel	1795514400	{"line":"other","release":"6.1.0-26-amd64"}
a22744bc-a4b4-499a-b378-f4e9f3317332	os.release	1795514400	{"id":"debian","version":"12"}
a22744bc-a4b4-499a-b378-f4e9f3317332	sw.packages	1795514400	{"versions":{}}
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	hw.cpu	1795514400	{"cores":4,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"vendor":"Intel"}
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	hw.memory	1795514400	{"total_bytes":518275072}
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	os.kernel	1795514400	{"line":"openvz-legacy","release":"2.6.32-042stab145.3"}
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	os.release	1795514400	{"id":"vzlinux","version":"7.3"}
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	sw.packages	1795514400	{"ploop":"1.15","vzkernel":"2.6.32"}
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	vz.containers	1795514400	{"by_layout":{"ploop":4,"simfs":5},"by_template":{"centos-6":2,"debian-7.0":1},"configured":9,"running":9,"vswap":3}
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	vz.host	1795514400	{"vzctl_version":"4.9.4"}
c3601b2c-18ca-4520-82e2-e5e36455db1f	hw.cpu	1795514400	{"cores":4,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"vendor":"Intel"}
c3601b2c-18ca-4520-82e2-e5e36455db1f	hw.memory	1795514400	{"total_bytes":518275072}
c3601b2c-18ca-4520-82e2-e5e36455db1f	os.kernel	1795514400	{"line":"openvz-legacy","release":"2.6.32-042stab145.3"}
c3601b2c-18ca-4520-82e2-e5e36455db1f	os.release	1795514400	{"id":"vzlinux","version":"7.3"}
c3601b2c-18ca-4520-82e2-e5e36455db1f	sw.packages	1795514400	{"ploop":"1.15","vzkernel":"2.6.32"}
c3601b2c-18ca-4520-82e2-e5e36455db1f	vz.containers	1795514400	{"by_layout":{"ploop":4,"simfs":5},"by_template":{"centos-6":2,"debian-7.0":1},"configured":9,"running":9,"vswap":3}
fbc858d2-2b34-43eb-b041-5e51d8b20d73	hw.cpu	1795514400	{"cores":4,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"vendor":"Intel"}
fbc858d2-2b34-43eb-b041-5e51d8b20d73	hw.memory	1795514400	{"total_bytes":518275072}
fbc858d2-2b34-43eb-b041-5e51d8b20d73	os.kernel	1795514400	{"line":"openvz-legacy","release":"2.6.32-042stab145.3"}
fbc858d2-2b34-43eb-b041-5e51d8b20d73	os.release	1795514400	{"id":"vzlinux","version":"7.3"}
fbc858d2-2b34-43eb-b041-5e51d8b20d73	sw.packages	1795514400	{"ploop":"1.15","vzkernel":"2.6.32"}
fbc858d2-2b34-43eb-b041-5e51d8b20d73	vz.containers	1795514400	{"by_layout":{"ploop":4,"simfs":5},"by_template":{"centos-6":2,"debian-7.0":1},"configured":9,"running":9,"vswap":3}
fbc858d2-2b34-43eb-b041-5e51d8b20d73	vz.host	1795514400	{"vzctl_version":"4.9.4"}
7fa8b641-5c50-419e-8146-282719a7816b	hw.cpu	1795514400	{"cores":4,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"vendor":"Intel"}
7fa8b641-5c50-419e-8146-282719a7816b	hw.memory	1795514400	{"total_bytes":518275072}
7fa8b641-5c50-419e-8146-282719a7816b	os.kernel	1795514400	{"line":"openvz-legacy","release":"2.6.32-042stab145.3"}
7fa8b641-5c50-419e-8146-282719a7816b	os.release	1795514400	{"id":"vzlinux","version":"7.3"}
7fa8b641-5c50-419e-8146-282719a7816b	sw.packages	1795514400	{"ploop":"1.15","vzkernel":"2.6.32"}
7fa8b641-5c50-419e-8146-282719a7816b	vz.containers	1795514400	{"by_layout":{"ploop":4,"simfs":5},"by_template":{"centos-6":2,"debian-7.0":1},"configured":9,"running":9,"vswap":3}
7fa8b641-5c50-419e-8146-282719a7816b	vz.host	1795514400	{"vzctl_version":"4.9.4"}
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
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	sw.services	1793700000	{"active":["vz","iptables"]}
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
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	vz.host	1793700000	{"prlctl_version":null,"vzctl_version":"4.3"}
d75985c9-475a-41af-ad58-69bd3fbfb596	hw.cpu	1794909600	{"cores":null,"models":["Intel(R) Core(TM)2 CPU T7400 @ 2.16GHz"],"vendor":"Intel"}
d75985c9-475a-41af-ad58-69bd3fbfb596	hw.memory	1794909600	{"total_bytes":518275072}
d75985c9-475a-41af-ad58-69bd3fbfb596	os.kernel	1794909600	{"line":"openvz-legacy","release":"2.6.32-042stab134.8"}
d75985c9-475a-41af-ad58-69bd3fbfb596	os.release	1794909600	{"id":"vzlinux","version":"7.3"}
d75985c9-475a-41af-ad58-69bd3fbfb596	sw.packages	1794909600	{}
d75985c9-475a-41af-ad58-69bd3fbfb596	vz.containers	1794909600	{"by_layout":{"ploop":4,"simfs":5},"by_template":{"debian-7.0":1,"ubuntu-12.04":1},"configured":9,"running":9,"vswap":3}
d75985c9-475a-41af-ad58-69bd3fbfb596	vz.host	1794909600	{"vzctl_version":"3.0.30.2"}
715ba171-c0de-4a15-9950-b5024eb295fc	hw.cpu	1794909600	{"cores":null,"models":["Intel(R) Core(TM)2 CPU T7400 @ 2.16GHz"],"vendor":"Intel"}
715ba171-c0de-4a15-9950-b5024eb295fc	hw.memory	1794909600	{"total_bytes":518275072}
715ba171-c0de-4a15-9950-b5024eb295fc	os.kernel	1794909600	{"line":"openvz-legacy","release":"2.6.32-042stab134.8"}
715ba171-c0de-4a15-9950-b5024eb295fc	os.release	1794909600	{"id":"vzlinux","version":"7.3"}
715ba171-c0de-4a15-9950-b5024eb295fc	sw.packages	1794909600	{}
715ba171-c0de-4a15-9950-b5024eb295fc	vz.containers	1794909600	{"by_layout":{"ploop":4,"simfs":5},"by_template":{"debian-7.0":1,"ubuntu-12.04":1},"configured":9,"running":9,"vswap":3}
715ba171-c0de-4a15-9950-b5024eb295fc	vz.host	1794909600	{"vzctl_version":"3.0.30.2"}
1a813460-3468-41f9-b8ea-400721f158f0	hw.cpu	1794909600	{"cores":null,"models":["Intel(R) Core(TM)2 CPU T7400 @ 2.16GHz"],"vendor":"Intel"}
1a813460-3468-41f9-b8ea-400721f158f0	hw.memory	1794909600	{"total_bytes":518275072}
1a813460-3468-41f9-b8ea-400721f158f0	os.kernel	1794909600	{"line":"openvz-legacy","release":"2.6.32-042stab134.8"}
1a813460-3468-41f9-b8ea-400721f158f0	os.release	1794909600	{"id":"vzlinux","version":"7.3"}
1a813460-3468-41f9-b8ea-400721f158f0	sw.packages	1794909600	{}
1a813460-3468-41f9-b8ea-400721f158f0	vz.containers	1794909600	{"by_layout":{"ploop":4,"simfs":5},"by_template":{"debian-7.0":1,"ubuntu-12.04":1},"configured":9,"running":9,"vswap":3}
1a813460-3468-41f9-b8ea-400721f158f0	vz.host	1794909600	{"vzctl_version":"3.0.30.2"}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	hw.cpu	1795514400	{"cores":4,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"vendor":"intel"}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	hw.disks	1795514400	{"by_kind":{"hdd":2,"nvme":1},"disks":[{"kind":"nvme","model":"SAMSUNG MZQLB960HAJR-00007"},{"kind":"hdd","model":"ST2000NM0055-1V4"},{"kind":"hdd","model":"ST2000NM0055-1V4"}]}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	hw.memory	1795514400	{"total_bytes":67337687040}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	net.config	1795514400	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"teams":0}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	os.kernel	1795514400	{"line":"vz7","release":"3.10.0-1160.80.1.vz7.191.4"}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	os.release	1795514400	{"id":"virtuozzo","version":"7"}
f77a3a71-a168-4180-86df-a8665ef4aaef	hw.cpu	1795514400	{"cores":4,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"vendor":"Intel"}
f77a3a71-a168-4180-86df-a8665ef4aaef	hw.memory	1795514400	{"total_bytes":518275072}
f77a3a71-a168-4180-86df-a8665ef4aaef	os.kernel	1795514400	{"line":"openvz-legacy","release":"2.6.32-042stab145.3"}
f77a3a71-a168-4180-86df-a8665ef4aaef	os.release	1795514400	{"id":"vzlinux","version":"7.3"}
f77a3a71-a168-4180-86df-a8665ef4aaef	sw.packages	1795514400	{"ploop":"1.15","vzkernel":"2.6.32"}
c3601b2c-18ca-4520-82e2-e5e36455db1f	vz.host	1795514400	{"vzctl_version":"4.9.4"}
03f1b2f5-f889-4588-b8df-d423c4a48c86	hw.cpu	1795514400	{"cores":4,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"vendor":"intel"}
03f1b2f5-f889-4588-b8df-d423c4a48c86	hw.disks	1795514400	{"by_kind":{"hdd":2,"nvme":1},"disks":[{"kind":"nvme","model":"SAMSUNG MZQLB960HAJR-00007"},{"kind":"hdd","model":"ST2000NM0055-1V4"},{"kind":"hdd","model":"ST2000NM0055-1V4"}]}
03f1b2f5-f889-4588-b8df-d423c4a48c86	hw.memory	1795514400	{"total_bytes":67337687040}
03f1b2f5-f889-4588-b8df-d423c4a48c86	os.kernel	1795514400	{"line":"vz7","release":"3.10.0-1160.80.1.vz7.191.4"}
10d028b7-2096-4f18-ba9a-ff806979ddf7	hw.cpu	1795514400	{"cores":4,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"vendor":"intel"}
10d028b7-2096-4f18-ba9a-ff806979ddf7	hw.disks	1795514400	{"by_kind":{"hdd":2,"nvme":1},"disks":[{"kind":"nvme","model":"SAMSUNG MZQLB960HAJR-00007"},{"kind":"hdd","model":"ST2000NM0055-1V4"},{"kind":"hdd","model":"ST2000NM0055-1V4"}]}
10d028b7-2096-4f18-ba9a-ff806979ddf7	hw.memory	1795514400	{"total_bytes":67337687040}
10d028b7-2096-4f18-ba9a-ff806979ddf7	net.config	1795514400	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"teams":0}
10d028b7-2096-4f18-ba9a-ff806979ddf7	os.kernel	1795514400	{"line":"vz7","release":"3.10.0-1160.80.1.vz7.191.4"}
10d028b7-2096-4f18-ba9a-ff806979ddf7	os.release	1795514400	{"id":"virtuozzo","version":"7"}
10d028b7-2096-4f18-ba9a-ff806979ddf7	sw.packages	1795514400	{"versions":{"ploop":["7.0.93-1.vz7"],"vzkernel":["3.10.0-1160.80.1.vz7.191.4","3.10.0-514.26.1.vz7.33.22"]}}
10d028b7-2096-4f18-ba9a-ff806979ddf7	sw.services	1795514400	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"]}
10d028b7-2096-4f18-ba9a-ff806979ddf7	vz.containers	1795514400	{"by_layout":{"ploop":4},"by_template":{"centos-7":2,"other":1,"ubuntu-16.04":1},"configured":4,"cpus":{"2":1,"<=4":1,"unset":2},"disk_limit":{"<=10G":2,"<=50G":2},"features":{"fuse":1,"nfs":1},"ram_limit":{"<=1G":2,"<=2G":1,"<=4G":1},"running":2,"vswap":4}
10d028b7-2096-4f18-ba9a-ff806979ddf7	vz.host	1795514400	{"prlctl_version":"7.0.182","vzctl_version":"7.0.229"}
10d028b7-2096-4f18-ba9a-ff806979ddf7	vz.readykernel	1795514400	{"installed":true,"patch_level":"89.0-r1"}
10d028b7-2096-4f18-ba9a-ff806979ddf7	vz.templates	1795514400	{"os_templates":{"centos-6":1}}
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
464064af-3816-47c7-ae0c-e7bee87acb41	hw.disks	1795514400	{"by_kind":{"hdd":2,"nvme":1},"disks":[{"kind":"nvme","model":"SAMSUNG MZQLB960HAJR-00007"},{"kind":"hdd","model":"ST2000NM0055-1V4"},{"kind":"hdd","model":"ST2000NM0055-1V4"}]}
464064af-3816-47c7-ae0c-e7bee87acb41	hw.memory	1795514400	{"total_bytes":67337687040}
59ce6aa5-70b9-47bc-87f3-762113237531	hw.memory	1793700000	{"total_bytes":518275072}
59ce6aa5-70b9-47bc-87f3-762113237531	net.config	1793700000	{"bonding":{"count":0,"modes":{},"slaves":0},"teams":0}
59ce6aa5-70b9-47bc-87f3-762113237531	os.kernel	1793700000	{"line":"openvz-legacy","release":"2.6.32-042stab145.3"}
59ce6aa5-70b9-47bc-87f3-762113237531	os.release	1793700000	{"id":"centos","version":"6.10"}
59ce6aa5-70b9-47bc-87f3-762113237531	sw.packages	1793700000	{"versions":{"ploop":["1.9-1"],"vzkernel":["2.6.32-042stab134.8","2.6.32-042stab145.3"]}}
59ce6aa5-70b9-47bc-87f3-762113237531	sw.services	1793700000	{"active":["vz","iptables"]}
59ce6aa5-70b9-47bc-87f3-762113237531	vz.containers	1793700000	{"by_layout":{"simfs":10},"by_template":{"centos-6":6,"debian-7":2,"other":1,"ubuntu-14.04":1},"configured":10,"cpus":{"2":2,"unset":8},"disk_limit":{"<=10G":5,"<=20G":3,"<=50G":2},"features":{"nfs":2,"ppp":1},"ram_limit":{"<=1G":1,"<=2G":2,"<=512M":3,"unlimited":4},"running":9,"vswap":6}
59ce6aa5-70b9-47bc-87f3-762113237531	vz.host	1793700000	{"prlctl_version":null,"vzctl_version":"4.3"}
59ce6aa5-70b9-47bc-87f3-762113237531	vz.templates	1793700000	{"os_templates":{}}
464064af-3816-47c7-ae0c-e7bee87acb41	net.config	1795514400	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"teams":0}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	hw.cpu	1795514400	{"cores":4,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"vendor":"intel"}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	hw.disks	1795514400	{"by_kind":{"hdd":2,"nvme":1},"disks":[{"kind":"nvme","model":"SAMSUNG MZQLB960HAJR-00007"},{"kind":"hdd","model":"ST2000NM0055-1V4"},{"kind":"hdd","model":"ST2000NM0055-1V4"}]}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	hw.memory	1795514400	{"total_bytes":67337687040}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	net.config	1795514400	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"teams":0}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	os.kernel	1795514400	{"line":"vz7","release":"3.10.0-1160.80.1.vz7.191.4"}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	os.release	1795514400	{"id":"virtuozzo","version":"7"}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	sw.packages	1795514400	{"versions":{"ploop":["7.0.270-1.vz7"],"vzkernel":["3.10.0-1160.80.1.vz7.191.4","3.10.0-514.26.1.vz7.33.22"]}}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	sw.services	1795514400	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"]}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	vz.host	1795514400	{"prlctl_version":"7.0.240","vzctl_version":"7.0.229"}
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
6d5949ca-4785-4b2c-b863-d9df8c283331	vz.vms	1795514400	{"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
cd191280-0338-49dc-949b-5d384bcaac84	vz.containers	1793700000	{"by_layout":{"simfs":10},"by_template":{"centos-6":6,"debian-7":2,"other":1,"ubuntu-14.04":1},"configured":10,"cpus":{"2":2,"unset":8},"disk_limit":{"<=10G":5,"<=20G":3,"<=50G":2},"features":{"nfs":2,"ppp":1},"ram_limit":{"<=1G":1,"<=2G":2,"<=512M":3,"unlimited":4},"running":9,"vswap":6}
cd191280-0338-49dc-949b-5d384bcaac84	vz.host	1793700000	{"prlctl_version":null,"vzctl_version":"4.3"}
cd191280-0338-49dc-949b-5d384bcaac84	vz.templates	1793700000	{"os_templates":{}}
0e00363f-77c3-4630-bef3-3e25134c70c7	vz.templates	1793700000	{"os_templates":{}}
6432abc7-e99a-4aa3-a992-d2b8955e4d41	vz.templates	1793700000	{"os_templates":{}}
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	vz.containers	1793700000	{"by_layout":{"simfs":10},"by_template":{"centos-6":6,"debian-7":2,"other":1,"ubuntu-14.04":1},"configured":10,"cpus":{"2":2,"unset":8},"disk_limit":{"<=10G":5,"<=20G":3,"<=50G":2},"features":{"nfs":2,"ppp":1},"ram_limit":{"<=1G":1,"<=2G":2,"<=512M":3,"unlimited":4},"running":9,"vswap":6}
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	vz.templates	1793700000	{"os_templates":{}}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	sw.packages	1795514400	{"versions":{"ploop":["7.0.93-1.vz7"],"vzkernel":["3.10.0-1160.80.1.vz7.191.4","3.10.0-514.26.1.vz7.33.22"]}}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	sw.services	1795514400	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"]}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	vz.host	1795514400	{"prlctl_version":"7.0.182","vzctl_version":"7.0.229"}
03f1b2f5-f889-4588-b8df-d423c4a48c86	net.config	1795514400	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"teams":0}
03f1b2f5-f889-4588-b8df-d423c4a48c86	os.release	1795514400	{"id":"virtuozzo","version":"7"}
03f1b2f5-f889-4588-b8df-d423c4a48c86	sw.packages	1795514400	{"versions":{"ploop":["7.0.93-1.vz7"],"vzkernel":["3.10.0-1160.80.1.vz7.191.4","3.10.0-514.26.1.vz7.33.22"]}}
03f1b2f5-f889-4588-b8df-d423c4a48c86	sw.services	1795514400	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"]}
03f1b2f5-f889-4588-b8df-d423c4a48c86	vz.containers	1795514400	{"by_layout":{"ploop":4},"by_template":{"centos-7":2,"other":1,"ubuntu-16.04":1},"configured":4,"cpus":{"2":1,"<=4":1,"unset":2},"disk_limit":{"<=10G":2,"<=50G":2},"features":{"fuse":1,"nfs":1},"ram_limit":{"<=1G":2,"<=2G":1,"<=4G":1},"running":2,"vswap":4}
03f1b2f5-f889-4588-b8df-d423c4a48c86	vz.host	1795514400	{"prlctl_version":"7.0.182","vzctl_version":"7.0.229"}
03f1b2f5-f889-4588-b8df-d423c4a48c86	vz.readykernel	1795514400	{"installed":true,"patch_level":"89.0-r1"}
10d028b7-2096-4f18-ba9a-ff806979ddf7	vz.vms	1795514400	{"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
464064af-3816-47c7-ae0c-e7bee87acb41	os.kernel	1795514400	{"line":"vz7","release":"3.10.0-1160.80.1.vz7.191.4"}
464064af-3816-47c7-ae0c-e7bee87acb41	os.release	1795514400	{"id":"virtuozzo","version":"7"}
464064af-3816-47c7-ae0c-e7bee87acb41	sw.packages	1795514400	{"versions":{"ploop":["7.0.93-1.vz7"],"vzkernel":["3.10.0-1160.80.1.vz7.191.4","3.10.0-514.26.1.vz7.33.22"]}}
464064af-3816-47c7-ae0c-e7bee87acb41	sw.services	1795514400	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"]}
464064af-3816-47c7-ae0c-e7bee87acb41	vz.containers	1795514400	{"by_layout":{"ploop":4},"by_template":{"centos-7":2,"other":1,"ubuntu-16.04":1},"configured":4,"cpus":{"2":1,"<=4":1,"unset":2},"disk_limit":{"<=10G":2,"<=50G":2},"features":{"fuse":1,"nfs":1},"ram_limit":{"<=1G":2,"<=2G":1,"<=4G":1},"running":2,"vswap":4}
464064af-3816-47c7-ae0c-e7bee87acb41	vz.host	1795514400	{"prlctl_version":"7.0.182","vzctl_version":"7.0.229"}
464064af-3816-47c7-ae0c-e7bee87acb41	vz.readykernel	1795514400	{"installed":true,"patch_level":"89.0-r1"}
464064af-3816-47c7-ae0c-e7bee87acb41	vz.templates	1795514400	{"os_templates":{"centos-6":1}}
a22744bc-a4b4-499a-b378-f4e9f3317332	sw.services	1795514400	{"active":["libvirtd"]}
a22744bc-a4b4-499a-b378-f4e9f3317332	vz.host	1795514400	{"prlctl_version":null,"vzctl_version":null}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	hw.cpu	1795514400	{"cores":4,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"vendor":"intel"}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	hw.disks	1795514400	{"by_kind":{"hdd":2,"nvme":1},"disks":[{"kind":"nvme","model":"SAMSUNG MZQLB960HAJR-00007"},{"kind":"hdd","model":"ST2000NM0055-1V4"},{"kind":"hdd","model":"ST2000NM0055-1V4"}]}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	hw.memory	1795514400	{"total_bytes":269312000000}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	net.config	1795514400	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"teams":0}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	os.kernel	1795514400	{"line":"vz7","release":"3.10.0-1160.80.1.vz7.191.4"}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	os.release	1795514400	{"id":"virtuozzo","version":"7"}
f77a3a71-a168-4180-86df-a8665ef4aaef	vz.containers	1795514400	{"by_layout":{"ploop":4,"simfs":5},"by_template":{"centos-6":2,"debian-7.0":1},"configured":9,"running":9,"vswap":3}
f77a3a71-a168-4180-86df-a8665ef4aaef	vz.host	1795514400	{"vzctl_version":"4.9.4"}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	vz.host	1795514400	{"prlctl_version":"7.0.182","vzctl_version":"7.0.229"}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	hw.cpu	1795514400	{"cores":4,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"vendor":"intel"}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	hw.disks	1795514400	{"by_kind":{"hdd":2,"nvme":1},"disks":[{"kind":"nvme","model":"SAMSUNG MZQLB960HAJR-00007"},{"kind":"hdd","model":"ST2000NM0055-1V4"},{"kind":"hdd","model":"ST2000NM0055-1V4"}]}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	hw.memory	1795514400	{"total_bytes":269312000000}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	net.config	1795514400	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"teams":0}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	os.kernel	1795514400	{"line":"vz7","release":"3.10.0-1160.80.1.vz7.191.4"}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	os.release	1795514400	{"id":"virtuozzo","version":"7"}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	sw.packages	1795514400	{"versions":{"ploop":["7.0.93-1.vz7"],"vzkernel":["3.10.0-1160.80.1.vz7.191.4","3.10.0-514.26.1.vz7.33.22"]}}
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
6d5949ca-4785-4b2c-b863-d9df8c283331	vz.templates	1795514400	{"os_templates":{"centos-6":1}}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	vz.containers	1795514400	{"by_layout":{"ploop":4},"by_template":{"centos-7":2,"other":1,"ubuntu-16.04":1},"configured":4,"cpus":{"2":1,"<=4":1,"unset":2},"disk_limit":{"<=10G":2,"<=50G":2},"features":{"fuse":1,"nfs":1},"ram_limit":{"<=1G":2,"<=2G":1,"<=4G":1},"running":2,"vswap":4}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	vz.readykernel	1795514400	{"installed":true,"patch_level":"89.0-r1"}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	vz.templates	1795514400	{"os_templates":{"centos-6":1}}
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	vz.vms	1795514400	{"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
03f1b2f5-f889-4588-b8df-d423c4a48c86	vz.templates	1795514400	{"os_templates":{"centos-6":1}}
03f1b2f5-f889-4588-b8df-d423c4a48c86	vz.vms	1795514400	{"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
a3997855-16f0-4b80-9944-1b6e8941c40a	vz.vms	1795514400	{"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
464064af-3816-47c7-ae0c-e7bee87acb41	vz.vms	1795514400	{"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	vz.containers	1795514400	{"by_layout":{"ploop":4,"simfs":1},"by_template":{"centos-7":2,"debian-9.0":1,"ubuntu-16.04":1,"vzlinux-7":1},"configured":5,"cpus":{"2":1,"<=4":1,"unset":3},"disk_limit":{"<=100G":1,"<=10G":2,"<=20G":1,"<=50G":1},"features":{"nfs":1},"ram_limit":{"<=1G":2,"<=2G":1,"<=4G":1,"<=8G":1},"running":3,"vswap":5}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	vz.readykernel	1795514400	{"installed":true,"patch_level":"89.0-r1"}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	vz.templates	1795514400	{"os_templates":{"centos-7":1,"debian-9.0":1,"ubuntu-16.04":1,"vzlinux-7":1}}
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	vz.vms	1795514400	{"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	vz.readykernel	1795514400	{"installed":true,"patch_level":"89.0-r1"}
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	vz.templates	1795514400	{"os_templates":{"centos-7":1,"debian-9.0":1,"ubuntu-16.04":1,"vzlinux-7":1}}
5d29d753-0e88-4e4b-82fc-ece2fec989a7	vz.vms	1795514400	{"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	sw.packages	1795514400	{"versions":{"ploop":["7.0.93-1.vz7"],"vzkernel":["3.10.0-1160.80.1.vz7.191.4","3.10.0-514.26.1.vz7.33.22"]}}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	sw.services	1795514400	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"]}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	vz.containers	1795514400	{"by_layout":{"ploop":4},"by_template":{"centos-7":2,"other":1,"ubuntu-16.04":1},"configured":4,"cpus":{"2":1,"<=4":1,"unset":2},"disk_limit":{"<=10G":2,"<=50G":2},"features":{"fuse":1,"nfs":1},"ram_limit":{"<=1G":2,"<=2G":1,"<=4G":1},"running":2,"vswap":4}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	vz.readykernel	1795514400	{"installed":true,"patch_level":"89.0-r1"}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	vz.templates	1795514400	{"os_templates":{"centos-6":1}}
a67d5df8-aa77-4c4c-a04a-d9998f54394b	vz.vms	1795514400	{"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	sw.services	1795514400	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"]}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	vz.containers	1795514400	{"by_layout":{"ploop":4},"by_template":{"centos-7":2,"other":1,"ubuntu-16.04":1},"configured":4,"cpus":{"2":1,"<=4":1,"unset":2},"disk_limit":{"<=10G":2,"<=50G":2},"features":{"fuse":1,"nfs":1},"ram_limit":{"<=1G":2,"<=2G":1,"<=4G":1},"running":2,"vswap":4}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	hw.cpu	1795514400	{"cores":4,"models":["Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz"],"vendor":"intel"}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	hw.disks	1795514400	{"by_kind":{"hdd":2,"nvme":1},"disks":[{"kind":"nvme","model":"SAMSUNG MZQLB960HAJR-00007"},{"kind":"hdd","model":"ST2000NM0055-1V4"},{"kind":"hdd","model":"ST2000NM0055-1V4"}]}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	hw.memory	1795514400	{"total_bytes":269312000000}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	net.config	1795514400	{"bonding":{"count":1,"modes":{"active-backup":1},"slaves":2},"teams":0}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	os.kernel	1795514400	{"line":"vz7","release":"3.10.0-1160.80.1.vz7.191.4"}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	os.release	1795514400	{"id":"virtuozzo","version":"7"}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	sw.packages	1795514400	{"versions":{"ploop":["7.0.93-1.vz7"],"vzkernel":["3.10.0-1160.80.1.vz7.191.4","3.10.0-514.26.1.vz7.33.22"]}}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	vz.host	1795514400	{"prlctl_version":"7.0.182","vzctl_version":"7.0.229"}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	vz.readykernel	1795514400	{"installed":true,"patch_level":"89.0-r1"}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	vz.templates	1795514400	{"os_templates":{"centos-6":1}}
8a0c9444-15a3-48f7-a5da-10df6c3497cf	vz.vms	1795514400	{"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	sw.services	1795514400	{"active":["vz","prl-disp","libvirtd","vcmmd","firewalld","tuned"]}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	vz.containers	1795514400	{"by_layout":{"ploop":4},"by_template":{"centos-7":2,"other":1,"ubuntu-16.04":1},"configured":4,"cpus":{"2":1,"<=4":1,"unset":2},"disk_limit":{"<=10G":2,"<=50G":2},"features":{"fuse":1,"nfs":1},"ram_limit":{"<=1G":2,"<=2G":1,"<=4G":1},"running":2,"vswap":4}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	vz.host	1795514400	{"prlctl_version":"7.0.182","vzctl_version":"7.0.229"}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	vz.readykernel	1795514400	{"installed":true,"patch_level":"89.0-r1"}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	vz.templates	1795514400	{"os_templates":{"centos-6":1}}
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	vz.vms	1795514400	{"guest_os":{"centos":1,"windows":1},"memory":{"<=2G":1,"<=8G":1},"vcpus":{"2":1,"<=4":1},"vms":2}
\.


--
-- Data for Name: forgotten; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.forgotten (host_hash, forgotten_at, reports) FROM stdin;
\.


--
-- Data for Name: host_contrib; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.host_contrib (host_id, agg, dist, key, t, hosts, units) FROM stdin;
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	new_hosts			2952	1	0
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	new_hosts			2952	1	0
5d29d753-0e88-4e4b-82fc-ece2fec989a7	new_hosts			2952	1	0
31d6d449-e63a-4614-8a66-562a07797427	new_hosts			2952	1	0
eb9700cd-bafc-40df-a7b5-0a008312ccb6	new_hosts			2952	1	0
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	new_hosts			2952	1	0
f28f8424-1f7b-462c-bbd3-e0732b1e6846	new_hosts			2952	1	0
85a31e9a-09a7-4423-bcbc-9409884f4223	new_hosts			2952	1	0
f09444ea-c240-4c5b-af7f-9ed0ae16b423	new_hosts			2952	1	0
a22744bc-a4b4-499a-b378-f4e9f3317332	new_hosts			2952	1	0
f77a3a71-a168-4180-86df-a8665ef4aaef	new_hosts			2952	1	0
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	new_hosts			2952	1	0
c3601b2c-18ca-4520-82e2-e5e36455db1f	new_hosts			2952	1	0
fbc858d2-2b34-43eb-b041-5e51d8b20d73	new_hosts			2952	1	0
7fa8b641-5c50-419e-8146-282719a7816b	new_hosts			2952	1	0
213fbf5d-24e5-4fc9-86d9-426ba65bf233	new_hosts			2952	1	0
91d85bf8-71d4-452b-b17e-70067c0e988e	new_hosts			2952	1	0
7bfedbdb-ad66-4c2b-9428-a36085e2a778	new_hosts			2952	1	0
cbb82acc-160b-40be-8fc6-d4ec5408629b	new_hosts			2952	1	0
0d1d68a7-0a31-452d-ac11-ed618a9962ae	new_hosts			2952	1	0
59ce6aa5-70b9-47bc-87f3-762113237531	new_hosts			2955	1	0
cd191280-0338-49dc-949b-5d384bcaac84	new_hosts			2955	1	0
0e00363f-77c3-4630-bef3-3e25134c70c7	new_hosts			2955	1	0
6432abc7-e99a-4aa3-a992-d2b8955e4d41	new_hosts			2955	1	0
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	new_hosts			2955	1	0
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	container_count		2959	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	container_count	6-20	2959	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	containers		2959	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	containers	yes	2959	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	cpu_cores		2959	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	cpu_cores	4	2959	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	cpu_model		2959	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2959	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	cpu_vendor		2959	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	cpu_vendor	Intel	2959	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	ct_os		2959	1	3
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	ct_os	centos-6	2959	1	2
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	ct_os	debian-7.0	2959	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	distribution		2959	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	distribution	vzlinux 7.3	2959	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	kernel		2959	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	kernel	2.6.32-042stab145.3	2959	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	layout		2959	1	9
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	layout	ploop	2959	1	4
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	layout	simfs	2959	1	5
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	memory		2959	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	memory	<=1 GiB	2959	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	ploop		2959	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	ploop	1.15	2959	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	running		2959	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	running	yes	2959	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	virtualization		2959	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	virtualization	openvz-legacy	2959	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	vswap		2959	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	vswap	yes	2959	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	vzctl		2959	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	vzctl	4.9.4	2959	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	vzkernel		2959	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	vzkernel	2.6.32	2959	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	reports			2959	1	0
f77a3a71-a168-4180-86df-a8665ef4aaef	week_active			2959	1	0
31d6d449-e63a-4614-8a66-562a07797427	reports			2964	1	0
31d6d449-e63a-4614-8a66-562a07797427	week_active			2964	1	0
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	container_count		2959	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	container_count	6-20	2959	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	containers		2959	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	containers	yes	2959	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	cpu_cores		2959	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	cpu_cores	4	2959	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	cpu_model		2959	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2959	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	cpu_vendor		2959	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	cpu_vendor	Intel	2959	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	ct_os		2959	1	3
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	ct_os	centos-6	2959	1	2
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	ct_os	debian-7.0	2959	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	distribution		2959	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	distribution	vzlinux 7.3	2959	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	kernel		2959	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	kernel	2.6.32-042stab145.3	2959	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	layout		2959	1	9
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	layout	ploop	2959	1	4
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	layout	simfs	2959	1	5
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	memory		2959	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	memory	<=1 GiB	2959	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	ploop		2959	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	ploop	1.15	2959	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	running		2959	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	running	yes	2959	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	virtualization		2959	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	virtualization	openvz-legacy	2959	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	vswap		2959	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	vswap	yes	2959	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	vzctl		2959	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	vzctl	4.9.4	2959	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	vzkernel		2959	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	vzkernel	2.6.32	2959	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	reports			2959	1	0
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	week_active			2959	1	0
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	container_count		2959	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	container_count	6-20	2959	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	containers		2959	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	containers	yes	2959	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	cpu_cores		2959	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	cpu_cores	4	2959	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	cpu_model		2959	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2959	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	cpu_vendor		2959	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	cpu_vendor	Intel	2959	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	ct_os		2959	1	3
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	ct_os	centos-6	2959	1	2
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	ct_os	debian-7.0	2959	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	distribution		2959	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	distribution	vzlinux 7.3	2959	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	kernel		2959	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	kernel	2.6.32-042stab145.3	2959	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	layout		2959	1	9
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	layout	ploop	2959	1	4
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	layout	simfs	2959	1	5
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	memory		2959	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	memory	<=1 GiB	2959	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	ploop		2959	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	ploop	1.15	2959	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	running		2959	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	running	yes	2959	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	virtualization		2959	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	virtualization	openvz-legacy	2959	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	vswap		2959	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	vswap	yes	2959	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	vzctl		2959	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	vzctl	4.9.4	2959	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	vzkernel		2959	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	vzkernel	2.6.32	2959	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	reports			2959	1	0
c3601b2c-18ca-4520-82e2-e5e36455db1f	week_active			2959	1	0
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	container_count		2959	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	container_count	6-20	2959	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	containers		2959	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	containers	yes	2959	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	cpu_cores		2959	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	cpu_cores	4	2959	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	cpu_model		2959	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2959	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	cpu_vendor		2959	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	cpu_vendor	Intel	2959	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	ct_os		2959	1	3
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	ct_os	centos-6	2959	1	2
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	ct_os	debian-7.0	2959	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	distribution		2959	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	distribution	vzlinux 7.3	2959	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	kernel		2959	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	kernel	2.6.32-042stab145.3	2959	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	layout		2959	1	9
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	layout	ploop	2959	1	4
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	layout	simfs	2959	1	5
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	memory		2959	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	memory	<=1 GiB	2959	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	ploop		2959	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	ploop	1.15	2959	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	running		2959	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	running	yes	2959	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	virtualization		2959	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	virtualization	openvz-legacy	2959	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	vswap		2959	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	vswap	yes	2959	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	vzctl		2959	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	vzctl	4.9.4	2959	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	vzkernel		2959	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	vzkernel	2.6.32	2959	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	reports			2959	1	0
fbc858d2-2b34-43eb-b041-5e51d8b20d73	week_active			2959	1	0
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	container_count		2959	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	container_count	6-20	2959	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	containers		2959	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	containers	yes	2959	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	cpu_cores		2959	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	cpu_cores	4	2959	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	cpu_model		2959	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2959	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	cpu_vendor		2959	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	cpu_vendor	Intel	2959	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	ct_os		2959	1	3
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	ct_os	centos-6	2959	1	2
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	ct_os	debian-7.0	2959	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	distribution		2959	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	distribution	vzlinux 7.3	2959	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	kernel		2959	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	kernel	2.6.32-042stab145.3	2959	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	layout		2959	1	9
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	layout	ploop	2959	1	4
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	layout	simfs	2959	1	5
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	memory		2959	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	memory	<=1 GiB	2959	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	ploop		2959	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	ploop	1.15	2959	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	running		2959	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	running	yes	2959	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	virtualization		2959	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	virtualization	openvz-legacy	2959	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	vswap		2959	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	vswap	yes	2959	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	vzctl		2959	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	vzctl	4.9.4	2959	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	vzkernel		2959	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	vzkernel	2.6.32	2959	1	1
7fa8b641-5c50-419e-8146-282719a7816b	reports			2959	1	0
7fa8b641-5c50-419e-8146-282719a7816b	week_active			2959	1	0
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	container_count		2959	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	container_count	6-20	2959	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	containers		2959	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	containers	yes	2959	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	cpu_model		2959	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	cpu_model	Intel(R) Core(TM)2 CPU T7400 @ 2.16GHz	2959	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	cpu_vendor		2959	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	cpu_vendor	Intel	2959	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	ct_os		2959	1	2
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	ct_os	debian-7.0	2959	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	ct_os	ubuntu-12.04	2959	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	distribution		2959	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	distribution	vzlinux 7.3	2959	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	kernel		2959	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	kernel	2.6.32-042stab134.8	2959	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	layout		2959	1	9
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	layout	ploop	2959	1	4
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	layout	simfs	2959	1	5
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	memory		2959	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	memory	<=1 GiB	2959	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	running		2959	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	running	yes	2959	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	virtualization		2959	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	virtualization	openvz-legacy	2959	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	vswap		2959	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	vswap	yes	2959	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	vzctl		2959	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	vzctl	3.0.30.2	2959	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	new_hosts			2959	1	0
d75985c9-475a-41af-ad58-69bd3fbfb596	reports			2959	1	0
d75985c9-475a-41af-ad58-69bd3fbfb596	week_active			2959	1	0
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	container_count		2959	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	container_count	6-20	2959	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	containers		2959	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	containers	yes	2959	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	cpu_model		2959	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	cpu_model	Intel(R) Core(TM)2 CPU T7400 @ 2.16GHz	2959	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	cpu_vendor		2959	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	cpu_vendor	Intel	2959	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	ct_os		2959	1	2
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	ct_os	debian-7.0	2959	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	ct_os	ubuntu-12.04	2959	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	distribution		2959	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	distribution	vzlinux 7.3	2959	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	kernel		2959	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	kernel	2.6.32-042stab134.8	2959	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	layout		2959	1	9
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	layout	ploop	2959	1	4
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	layout	simfs	2959	1	5
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	memory		2959	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	memory	<=1 GiB	2959	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	running		2959	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	running	yes	2959	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	virtualization		2959	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	virtualization	openvz-legacy	2959	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	vswap		2959	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	vswap	yes	2959	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	vzctl		2959	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	vzctl	3.0.30.2	2959	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	new_hosts			2959	1	0
715ba171-c0de-4a15-9950-b5024eb295fc	reports			2959	1	0
715ba171-c0de-4a15-9950-b5024eb295fc	week_active			2959	1	0
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	container_count		2959	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	container_count	6-20	2959	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	containers		2959	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	containers	yes	2959	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	cpu_model		2959	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	cpu_model	Intel(R) Core(TM)2 CPU T7400 @ 2.16GHz	2959	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	cpu_vendor		2959	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	cpu_vendor	Intel	2959	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	ct_os		2959	1	2
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	ct_os	debian-7.0	2959	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	ct_os	ubuntu-12.04	2959	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	distribution		2959	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	distribution	vzlinux 7.3	2959	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	kernel		2959	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	kernel	2.6.32-042stab134.8	2959	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	layout		2959	1	9
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	layout	ploop	2959	1	4
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	layout	simfs	2959	1	5
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	memory		2959	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	memory	<=1 GiB	2959	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	running		2959	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	running	yes	2959	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	virtualization		2959	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	virtualization	openvz-legacy	2959	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	vswap		2959	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	vswap	yes	2959	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	vzctl		2959	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	vzctl	3.0.30.2	2959	1	1
1a813460-3468-41f9-b8ea-400721f158f0	new_hosts			2959	1	0
1a813460-3468-41f9-b8ea-400721f158f0	reports			2959	1	0
1a813460-3468-41f9-b8ea-400721f158f0	week_active			2959	1	0
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_day	bonding		20711	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_day	bonding	no	20711	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_day	cpu_cores		20711	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_day	cpu_cores	4	20711	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_day	cpu_model		20711	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_day	cpu_model	AMD EPYC 7302P 16-Core Processor	20711	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_day	cpu_vendor		20711	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_day	cpu_vendor	amd	20711	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_day	disk_kind		20711	1	2
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_day	disk_kind	hdd	20711	1	2
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_day	distribution		20711	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_day	distribution	debian 12	20711	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_day	kernel		20711	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_day	kernel	6.1.0-26-amd64	20711	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_day	memory		20711	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_day	memory	4-8 GiB	20711	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_day	services		20711	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_day	services	libvirtd	20711	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_day	ssd		20711	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_day	ssd	no	20711	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_day	teaming		20711	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_day	teaming	no	20711	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_day	virtualization		20711	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_day	virtualization	other	20711	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_week	bonding		2959	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_week	bonding	no	2959	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_week	cpu_cores		2959	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_week	cpu_cores	4	2959	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_week	cpu_model		2959	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_week	cpu_model	AMD EPYC 7302P 16-Core Processor	2959	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_week	cpu_vendor		2959	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_week	cpu_vendor	amd	2959	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_week	disk_kind		2959	1	2
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_week	disk_kind	hdd	2959	1	2
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_week	distribution		2959	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_week	distribution	debian 12	2959	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_week	kernel		2959	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_week	kernel	6.1.0-26-amd64	2959	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_week	memory		2959	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_week	memory	4-8 GiB	2959	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_week	services		2959	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_week	services	libvirtd	2959	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_week	ssd		2959	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_week	ssd	no	2959	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_week	teaming		2959	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_week	teaming	no	2959	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_week	virtualization		2959	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	dist_week	virtualization	other	2959	1	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	host_day			20711	1	0
213fbf5d-24e5-4fc9-86d9-426ba65bf233	reports			2959	1	0
213fbf5d-24e5-4fc9-86d9-426ba65bf233	week_active			2959	1	0
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_day	bonding		20711	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_day	bonding	no	20711	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_day	cpu_cores		20711	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_day	cpu_cores	4	20711	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_day	cpu_model		20711	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_day	cpu_model	AMD EPYC 7302P 16-Core Processor	20711	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_day	cpu_vendor		20711	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_day	cpu_vendor	amd	20711	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_day	disk_kind		20711	1	2
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_day	disk_kind	hdd	20711	1	2
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_day	distribution		20711	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_day	distribution	debian 12	20711	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_day	kernel		20711	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_day	kernel	6.1.0-26-amd64	20711	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_day	memory		20711	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_day	memory	4-8 GiB	20711	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_day	services		20711	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_day	services	libvirtd	20711	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_day	ssd		20711	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_day	ssd	no	20711	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_day	teaming		20711	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_day	teaming	no	20711	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_day	virtualization		20711	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_day	virtualization	other	20711	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_week	bonding		2959	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_week	bonding	no	2959	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_week	cpu_cores		2959	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_week	cpu_cores	4	2959	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_week	cpu_model		2959	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_week	cpu_model	AMD EPYC 7302P 16-Core Processor	2959	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_week	cpu_vendor		2959	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_week	cpu_vendor	amd	2959	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_week	disk_kind		2959	1	2
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_week	disk_kind	hdd	2959	1	2
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_week	distribution		2959	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_week	distribution	debian 12	2959	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_week	kernel		2959	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_week	kernel	6.1.0-26-amd64	2959	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_week	memory		2959	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_week	memory	4-8 GiB	2959	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_week	services		2959	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_week	services	libvirtd	2959	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_week	ssd		2959	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_week	ssd	no	2959	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_week	teaming		2959	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_week	teaming	no	2959	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_week	virtualization		2959	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	dist_week	virtualization	other	2959	1	1
91d85bf8-71d4-452b-b17e-70067c0e988e	host_day			20711	1	0
91d85bf8-71d4-452b-b17e-70067c0e988e	reports			2959	1	0
91d85bf8-71d4-452b-b17e-70067c0e988e	week_active			2959	1	0
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_day	bonding		20711	1	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_day	bonding	no	20711	1	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_day	cpu_cores		20711	1	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_day	cpu_cores	4	20711	1	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_day	cpu_model		20711	1	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_day	cpu_model	AMD EPYC 7302P 16-Core Processor	20711	1	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_day	cpu_vendor		20711	1	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_day	cpu_vendor	amd	20711	1	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_day	disk_kind		20711	1	2
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_day	disk_kind	hdd	20711	1	2
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_day	distribution		20711	1	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_day	distribution	debian 12	20711	1	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_day	kernel		20711	1	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_day	kernel	6.1.0-26-amd64	20711	1	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_day	memory		20711	1	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_day	memory	4-8 GiB	20711	1	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_day	services		20711	1	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_day	services	libvirtd	20711	1	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_day	ssd		20711	1	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_day	ssd	no	20711	1	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_day	teaming		20711	1	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_day	teaming	no	20711	1	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_day	virtualization		20711	1	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_day	virtualization	other	20711	1	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_week	bonding		2959	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	reports			2964	1	0
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_week	bonding	no	2959	1	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_week	cpu_cores		2959	1	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_week	cpu_cores	4	2959	1	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_week	cpu_model		2959	1	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_week	cpu_model	AMD EPYC 7302P 16-Core Processor	2959	1	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_week	cpu_vendor		2959	1	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_week	cpu_vendor	amd	2959	1	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_week	disk_kind		2959	1	2
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_week	disk_kind	hdd	2959	1	2
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_week	distribution		2959	1	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_week	distribution	debian 12	2959	1	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_week	kernel		2959	1	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_week	kernel	6.1.0-26-amd64	2959	1	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_week	memory		2959	1	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_week	memory	4-8 GiB	2959	1	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_week	services		2959	1	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_week	services	libvirtd	2959	1	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_week	ssd		2959	1	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_week	ssd	no	2959	1	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_week	teaming		2959	1	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_week	teaming	no	2959	1	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_week	virtualization		2959	1	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	dist_week	virtualization	other	2959	1	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	host_day			20711	1	0
7bfedbdb-ad66-4c2b-9428-a36085e2a778	reports			2959	1	0
7bfedbdb-ad66-4c2b-9428-a36085e2a778	week_active			2959	1	0
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_day	bonding		20711	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_day	bonding	no	20711	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_day	cpu_cores		20711	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_day	cpu_cores	4	20711	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_day	cpu_model		20711	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_day	cpu_model	AMD EPYC 7302P 16-Core Processor	20711	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_day	cpu_vendor		20711	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_day	cpu_vendor	amd	20711	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_day	disk_kind		20711	1	2
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_day	disk_kind	hdd	20711	1	2
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_day	distribution		20711	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_day	distribution	debian 12	20711	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_day	kernel		20711	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_day	kernel	6.1.0-26-amd64	20711	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_day	memory		20711	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_day	memory	4-8 GiB	20711	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_day	services		20711	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_day	services	libvirtd	20711	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_day	ssd		20711	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_day	ssd	no	20711	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_day	teaming		20711	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_day	teaming	no	20711	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_day	virtualization		20711	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_day	virtualization	other	20711	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_week	bonding		2959	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_week	bonding	no	2959	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_week	cpu_cores		2959	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_week	cpu_cores	4	2959	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_week	cpu_model		2959	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_week	cpu_model	AMD EPYC 7302P 16-Core Processor	2959	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_week	cpu_vendor		2959	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_week	cpu_vendor	amd	2959	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_week	disk_kind		2959	1	2
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_week	disk_kind	hdd	2959	1	2
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_week	distribution		2959	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_week	distribution	debian 12	2959	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_week	kernel		2959	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_week	kernel	6.1.0-26-amd64	2959	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_week	memory		2959	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_week	memory	4-8 GiB	2959	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_week	services		2959	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_week	services	libvirtd	2959	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_week	ssd		2959	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_week	ssd	no	2959	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_week	teaming		2959	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_week	teaming	no	2959	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_week	virtualization		2959	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	dist_week	virtualization	other	2959	1	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	host_day			20711	1	0
cbb82acc-160b-40be-8fc6-d4ec5408629b	reports			2959	1	0
cbb82acc-160b-40be-8fc6-d4ec5408629b	week_active			2959	1	0
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_day	bonding		20711	1	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_day	bonding	no	20711	1	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_day	cpu_cores		20711	1	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_day	cpu_cores	4	20711	1	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_day	cpu_model		20711	1	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_day	cpu_model	AMD EPYC 7302P 16-Core Processor	20711	1	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_day	cpu_vendor		20711	1	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_day	cpu_vendor	amd	20711	1	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_day	disk_kind		20711	1	2
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_day	disk_kind	hdd	20711	1	2
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_day	distribution		20711	1	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_day	distribution	debian 12	20711	1	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_day	kernel		20711	1	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_day	kernel	6.1.0-26-amd64	20711	1	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_day	memory		20711	1	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_day	memory	4-8 GiB	20711	1	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_day	services		20711	1	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_day	services	libvirtd	20711	1	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_day	ssd		20711	1	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_day	ssd	no	20711	1	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_day	teaming		20711	1	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_day	teaming	no	20711	1	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_day	virtualization		20711	1	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_day	virtualization	other	20711	1	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_week	bonding		2959	1	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_week	bonding	no	2959	1	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_week	cpu_cores		2959	1	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_week	cpu_cores	4	2959	1	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_week	cpu_model		2959	1	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_week	cpu_model	AMD EPYC 7302P 16-Core Processor	2959	1	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_week	cpu_vendor		2959	1	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_week	cpu_vendor	amd	2959	1	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_week	disk_kind		2959	1	2
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_week	disk_kind	hdd	2959	1	2
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_week	distribution		2959	1	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_week	distribution	debian 12	2959	1	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_week	kernel		2959	1	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_week	kernel	6.1.0-26-amd64	2959	1	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_week	memory		2959	1	1
7fa8b641-5c50-419e-8146-282719a7816b	reports			2964	1	0
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_week	memory	4-8 GiB	2959	1	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_week	services		2959	1	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_week	services	libvirtd	2959	1	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_week	ssd		2959	1	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_week	ssd	no	2959	1	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_week	teaming		2959	1	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_week	teaming	no	2959	1	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_week	virtualization		2959	1	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	dist_week	virtualization	other	2959	1	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	host_day			20711	1	0
0d1d68a7-0a31-452d-ac11-ed618a9962ae	reports			2959	1	0
0d1d68a7-0a31-452d-ac11-ed618a9962ae	week_active			2959	1	0
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	bonding		2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	bonding	yes	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	container_count		2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	container_count	1-5	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	containers		2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	containers	yes	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	cpu_cores		2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	cpu_cores	4	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	cpu_model		2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	cpu_vendor		2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	cpu_vendor	intel	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_cpus		2964	1	4
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_cpus	2	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_cpus	<=4	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_cpus	unset	2964	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_disk		2964	1	4
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_disk	<=10G	2964	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_disk	<=50G	2964	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_features		2964	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_features	fuse	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_features	nfs	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_os		2964	1	4
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_os	centos-7	2964	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_os	other	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_os	ubuntu-16.04	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_ram		2964	1	4
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_ram	<=1G	2964	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_ram	<=2G	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_ram	<=4G	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	disk_kind		2964	1	3
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	disk_kind	hdd	2964	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	disk_kind	nvme	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	disk_model		2964	1	3
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	disk_model	ST2000NM0055-1V4	2964	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	distribution		2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	distribution	virtuozzo 7	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	guest_os		2964	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	guest_os	centos	2964	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	reports			2968	1	0
715ba171-c0de-4a15-9950-b5024eb295fc	week_active			2968	1	0
1a813460-3468-41f9-b8ea-400721f158f0	dist_day	container_count		20774	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_day	container_count	6-20	20774	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_day	containers		20774	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_day	containers	yes	20774	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_day	cpu_model		20774	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_day	cpu_model	Intel(R) Core(TM)2 CPU T7400 @ 2.16GHz	20774	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_day	cpu_vendor		20774	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_day	cpu_vendor	Intel	20774	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_day	ct_os		20774	1	2
1a813460-3468-41f9-b8ea-400721f158f0	dist_day	ct_os	debian-7.0	20774	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_day	ct_os	ubuntu-12.04	20774	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_day	distribution		20774	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_day	distribution	vzlinux 7.3	20774	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	guest_os	windows	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	kernel		2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	kernel	3.10.0-1160.80.1.vz7.191.4	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	layout		2964	1	4
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	layout	ploop	2964	1	4
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	memory		2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	memory	32-64 GiB	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ploop		2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ploop	7.0.93-1.vz7	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	prlctl		2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	prlctl	7.0.182	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	readykernel		2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	readykernel	yes	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	readykernel_patch		2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	readykernel_patch	89.0-r1	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	running		2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	running	yes	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	services		2964	1	6
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	services	firewalld	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	services	libvirtd	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	services	prl-disp	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	services	tuned	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	services	vcmmd	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	services	vz	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ssd		2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ssd	yes	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	teaming		2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	teaming	no	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	templates		2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	templates	centos-6	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	virtualization		2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	virtualization	vz7	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vm_memory		2964	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vm_memory	<=2G	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vm_memory	<=8G	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vm_vcpus		2964	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vm_vcpus	2	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vm_vcpus	<=4	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vms		2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vms	yes	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vswap		2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vswap	yes	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vzctl		2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vzctl	7.0.229	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vzkernel		2964	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vzkernel	3.10.0-1160.80.1.vz7.191.4	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vzkernel	3.10.0-514.26.1.vz7.33.22	2964	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	new_hosts			2964	1	0
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	reports			2964	1	0
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	week_active			2964	1	0
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	bonding		2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	bonding	yes	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	container_count		2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	container_count	1-5	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	containers		2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	containers	yes	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	cpu_cores		2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	cpu_cores	4	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	cpu_model		2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	cpu_vendor		2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	cpu_vendor	intel	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_cpus		2964	1	4
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_cpus	2	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_cpus	<=4	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_cpus	unset	2964	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_disk		2964	1	4
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_disk	<=10G	2964	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_disk	<=50G	2964	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_features		2964	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_features	fuse	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_features	nfs	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_os		2964	1	4
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_os	centos-7	2964	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_os	other	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_os	ubuntu-16.04	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_ram		2964	1	4
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_ram	<=1G	2964	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_ram	<=2G	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_ram	<=4G	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	disk_kind		2964	1	3
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	disk_kind	hdd	2964	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	disk_kind	nvme	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	disk_model		2964	1	3
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	disk_model	ST2000NM0055-1V4	2964	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	distribution		2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	distribution	virtuozzo 7	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	guest_os		2964	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	guest_os	centos	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	guest_os	windows	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	kernel		2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	kernel	3.10.0-1160.80.1.vz7.191.4	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	layout		2964	1	4
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	layout	ploop	2964	1	4
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	memory		2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	memory	32-64 GiB	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ploop		2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ploop	7.0.93-1.vz7	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	prlctl		2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	prlctl	7.0.182	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	readykernel		2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	readykernel	yes	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	readykernel_patch		2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	readykernel_patch	89.0-r1	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	running		2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	running	yes	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	services		2964	1	6
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	services	firewalld	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	services	libvirtd	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	services	prl-disp	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	services	tuned	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	services	vcmmd	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	services	vz	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ssd		2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ssd	yes	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	teaming		2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	teaming	no	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	templates		2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	templates	centos-6	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	virtualization		2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	virtualization	vz7	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vm_memory		2964	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vm_memory	<=2G	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vm_memory	<=8G	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vm_vcpus		2964	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vm_vcpus	2	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vm_vcpus	<=4	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vms		2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vms	yes	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vswap		2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vswap	yes	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vzctl		2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vzctl	7.0.229	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vzkernel		2964	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vzkernel	3.10.0-1160.80.1.vz7.191.4	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vzkernel	3.10.0-514.26.1.vz7.33.22	2964	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	new_hosts			2964	1	0
03f1b2f5-f889-4588-b8df-d423c4a48c86	reports			2964	1	0
03f1b2f5-f889-4588-b8df-d423c4a48c86	week_active			2964	1	0
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	bonding		2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	bonding	yes	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	container_count		2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	container_count	1-5	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	containers		2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	containers	yes	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	cpu_cores		2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	cpu_cores	4	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	cpu_model		2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	cpu_vendor		2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	cpu_vendor	intel	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_cpus		2964	1	4
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_cpus	2	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_cpus	<=4	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_cpus	unset	2964	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_disk		2964	1	4
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_disk	<=10G	2964	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_disk	<=50G	2964	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_features		2964	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_features	fuse	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_features	nfs	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_os		2964	1	4
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_os	centos-7	2964	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_os	other	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_os	ubuntu-16.04	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_ram		2964	1	4
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_ram	<=1G	2964	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_ram	<=2G	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_ram	<=4G	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	disk_kind		2964	1	3
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	disk_kind	hdd	2964	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	disk_kind	nvme	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	disk_model		2964	1	3
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	disk_model	ST2000NM0055-1V4	2964	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	distribution		2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	distribution	virtuozzo 7	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	guest_os		2964	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	guest_os	centos	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	guest_os	windows	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	kernel		2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	kernel	3.10.0-1160.80.1.vz7.191.4	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	layout		2964	1	4
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	layout	ploop	2964	1	4
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	memory		2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	memory	32-64 GiB	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ploop		2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ploop	7.0.93-1.vz7	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	prlctl		2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	prlctl	7.0.182	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	readykernel		2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	readykernel	yes	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	readykernel_patch		2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	readykernel_patch	89.0-r1	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	running		2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	running	yes	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	services		2964	1	6
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	services	firewalld	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	services	libvirtd	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	services	prl-disp	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	services	tuned	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	services	vcmmd	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	services	vz	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ssd		2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ssd	yes	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	teaming		2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	teaming	no	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	templates		2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	templates	centos-6	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	virtualization		2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	virtualization	vz7	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vm_memory		2964	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vm_memory	<=2G	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vm_memory	<=8G	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vm_vcpus		2964	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vm_vcpus	2	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vm_vcpus	<=4	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vms		2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vms	yes	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vswap		2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vswap	yes	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vzctl		2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vzctl	7.0.229	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vzkernel		2964	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vzkernel	3.10.0-1160.80.1.vz7.191.4	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vzkernel	3.10.0-514.26.1.vz7.33.22	2964	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	new_hosts			2964	1	0
10d028b7-2096-4f18-ba9a-ff806979ddf7	reports			2964	1	0
10d028b7-2096-4f18-ba9a-ff806979ddf7	week_active			2964	1	0
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	bonding		2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	bonding	yes	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	container_count		2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	container_count	1-5	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	containers		2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	containers	yes	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	cpu_cores		2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	cpu_cores	4	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	cpu_model		2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	cpu_vendor		2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	cpu_vendor	intel	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_cpus		2964	1	4
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_cpus	2	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_cpus	<=4	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_cpus	unset	2964	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_disk		2964	1	4
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_disk	<=10G	2964	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_disk	<=50G	2964	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_features		2964	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_features	fuse	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_features	nfs	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_os		2964	1	4
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_os	centos-7	2964	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_os	other	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_os	ubuntu-16.04	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_ram		2964	1	4
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_ram	<=1G	2964	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_ram	<=2G	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_ram	<=4G	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	disk_kind		2964	1	3
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	disk_kind	hdd	2964	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	disk_kind	nvme	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	disk_model		2964	1	3
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	disk_model	ST2000NM0055-1V4	2964	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	distribution		2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	distribution	virtuozzo 7	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	guest_os		2964	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	guest_os	centos	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	guest_os	windows	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	kernel		2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	kernel	3.10.0-1160.80.1.vz7.191.4	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	layout		2964	1	4
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	layout	ploop	2964	1	4
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	memory		2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	memory	32-64 GiB	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ploop		2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ploop	7.0.93-1.vz7	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	prlctl		2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	prlctl	7.0.182	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	readykernel		2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	readykernel	yes	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	readykernel_patch		2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	readykernel_patch	89.0-r1	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	running		2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	running	yes	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	services		2964	1	6
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	services	firewalld	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	services	libvirtd	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	services	prl-disp	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	services	tuned	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	services	vcmmd	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	services	vz	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ssd		2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ssd	yes	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	teaming		2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	teaming	no	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	templates		2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	templates	centos-6	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	virtualization		2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	virtualization	vz7	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vm_memory		2964	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vm_memory	<=2G	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vm_memory	<=8G	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vm_vcpus		2964	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vm_vcpus	2	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vm_vcpus	<=4	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vms		2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vms	yes	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vswap		2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vswap	yes	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vzctl		2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vzctl	7.0.229	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vzkernel		2964	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vzkernel	3.10.0-1160.80.1.vz7.191.4	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vzkernel	3.10.0-514.26.1.vz7.33.22	2964	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	new_hosts			2964	1	0
a3997855-16f0-4b80-9944-1b6e8941c40a	reports			2964	1	0
a3997855-16f0-4b80-9944-1b6e8941c40a	week_active			2964	1	0
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	bonding		2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	bonding	yes	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	container_count		2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	container_count	1-5	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	containers		2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	containers	yes	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	cpu_cores		2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	cpu_cores	4	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	cpu_model		2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	cpu_vendor		2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	cpu_vendor	intel	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_cpus		2964	1	4
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_cpus	2	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_cpus	<=4	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_cpus	unset	2964	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_disk		2964	1	4
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_disk	<=10G	2964	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_disk	<=50G	2964	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_features		2964	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_features	fuse	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_features	nfs	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_os		2964	1	4
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_os	centos-7	2964	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_os	other	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_os	ubuntu-16.04	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_ram		2964	1	4
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_ram	<=1G	2964	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_ram	<=2G	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_ram	<=4G	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	disk_kind		2964	1	3
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	disk_kind	hdd	2964	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	disk_kind	nvme	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	disk_model		2964	1	3
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	disk_model	ST2000NM0055-1V4	2964	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	distribution		2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	distribution	virtuozzo 7	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	guest_os		2964	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	guest_os	centos	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	guest_os	windows	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	kernel		2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	kernel	3.10.0-1160.80.1.vz7.191.4	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	layout		2964	1	4
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	layout	ploop	2964	1	4
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	memory		2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	memory	32-64 GiB	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ploop		2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ploop	7.0.93-1.vz7	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	prlctl		2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	prlctl	7.0.182	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	readykernel		2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	readykernel	yes	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	readykernel_patch		2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	readykernel_patch	89.0-r1	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	running		2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	running	yes	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	services		2964	1	6
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	services	firewalld	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	services	libvirtd	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	services	prl-disp	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	services	tuned	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	services	vcmmd	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	services	vz	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ssd		2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ssd	yes	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	teaming		2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	teaming	no	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	templates		2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	templates	centos-6	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	virtualization		2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	virtualization	vz7	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vm_memory		2964	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vm_memory	<=2G	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vm_memory	<=8G	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vm_vcpus		2964	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vm_vcpus	2	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vm_vcpus	<=4	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vms		2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vms	yes	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vswap		2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vswap	yes	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vzctl		2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vzctl	7.0.229	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vzkernel		2964	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vzkernel	3.10.0-1160.80.1.vz7.191.4	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vzkernel	3.10.0-514.26.1.vz7.33.22	2964	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	new_hosts			2964	1	0
464064af-3816-47c7-ae0c-e7bee87acb41	reports			2964	1	0
464064af-3816-47c7-ae0c-e7bee87acb41	week_active			2964	1	0
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	bonding		2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	bonding	yes	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	container_count		2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	container_count	1-5	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	containers		2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	containers	yes	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	cpu_cores		2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	cpu_cores	4	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	cpu_model		2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	cpu_vendor		2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	cpu_vendor	intel	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_cpus		2964	1	4
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_cpus	2	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_cpus	unset	2964	1	3
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_disk		2964	1	4
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_disk	<=10G	2964	1	2
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_disk	<=20G	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_disk	<=50G	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_features		2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_features	nfs	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_os		2964	1	4
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_os	centos-6	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_os	centos-7	2964	1	2
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_os	ubuntu-14.04	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_ram		2964	1	4
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_ram	<=1G	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_ram	<=2G	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_ram	<=4G	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_ram	<=512M	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	disk_kind		2964	1	3
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	disk_kind	hdd	2964	1	2
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	disk_kind	nvme	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	disk_model		2964	1	3
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	disk_model	ST2000NM0055-1V4	2964	1	2
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	distribution		2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	distribution	virtuozzo 7	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	guest_os		2964	1	2
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	guest_os	centos	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	guest_os	windows	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	kernel		2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	kernel	3.10.0-327.18.2.vz7.15.2	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	layout		2964	1	4
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	layout	ploop	2964	1	3
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	layout	simfs	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	memory		2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	memory	32-64 GiB	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ploop		2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ploop	7.0.52-1.vz7	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	prlctl		2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	prlctl	7.0.100	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	readykernel		2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	readykernel	yes	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	readykernel_patch		2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	readykernel_patch	89.0-r1	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	running		2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	running	yes	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	services		2964	1	6
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	services	firewalld	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	services	libvirtd	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	services	prl-disp	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	services	tuned	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	services	vcmmd	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	services	vz	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ssd		2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ssd	yes	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	teaming		2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	teaming	no	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	templates		2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	templates	centos-6	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	virtualization		2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	virtualization	vz7	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vm_memory		2964	1	2
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vm_memory	<=2G	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vm_memory	<=8G	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vm_vcpus		2964	1	2
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vm_vcpus	2	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vm_vcpus	<=4	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vms		2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vms	yes	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vswap		2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vswap	yes	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vzctl		2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vzctl	7.0.100	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vzkernel		2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vzkernel	3.10.0-327.18.2.vz7.15.2	2964	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	reports			2964	1	0
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	week_active			2964	1	0
31d6d449-e63a-4614-8a66-562a07797427	reports			2968	2	0
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	bonding		2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	bonding	yes	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	container_count		2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	container_count	1-5	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	containers		2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	containers	yes	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	cpu_cores		2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	cpu_cores	4	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	cpu_model		2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	cpu_vendor		2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	cpu_vendor	intel	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_cpus		2964	1	4
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_cpus	2	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_cpus	unset	2964	1	3
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_disk		2964	1	4
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_disk	<=10G	2964	1	2
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_disk	<=20G	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_disk	<=50G	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_features		2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_features	nfs	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_os		2964	1	4
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_os	centos-6	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_os	centos-7	2964	1	2
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_os	ubuntu-14.04	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_ram		2964	1	4
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_ram	<=1G	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_ram	<=2G	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_ram	<=4G	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_ram	<=512M	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	disk_kind		2964	1	3
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	disk_kind	hdd	2964	1	2
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	disk_kind	nvme	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	disk_model		2964	1	3
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	disk_model	ST2000NM0055-1V4	2964	1	2
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	distribution		2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	distribution	virtuozzo 7	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	guest_os		2964	1	2
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	guest_os	centos	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	guest_os	windows	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	kernel		2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	kernel	3.10.0-327.18.2.vz7.15.2	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	layout		2964	1	4
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	layout	ploop	2964	1	3
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	layout	simfs	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	memory		2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	memory	32-64 GiB	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ploop		2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ploop	7.0.52-1.vz7	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	prlctl		2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	prlctl	7.0.100	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	readykernel		2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	readykernel	yes	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	readykernel_patch		2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	readykernel_patch	89.0-r1	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	running		2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	running	yes	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	services		2964	1	6
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	services	firewalld	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	services	libvirtd	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	services	prl-disp	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	services	tuned	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	services	vcmmd	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	services	vz	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ssd		2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ssd	yes	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	teaming		2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	teaming	no	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	templates		2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	templates	centos-6	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	virtualization		2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	virtualization	vz7	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vm_memory		2964	1	2
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vm_memory	<=2G	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vm_memory	<=8G	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vm_vcpus		2964	1	2
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vm_vcpus	2	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vm_vcpus	<=4	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vms		2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vms	yes	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vswap		2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vswap	yes	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vzctl		2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vzctl	7.0.100	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vzkernel		2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vzkernel	3.10.0-327.18.2.vz7.15.2	2964	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	reports			2964	1	0
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	week_active			2964	1	0
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	bonding		2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	bonding	yes	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	container_count		2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	container_count	1-5	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	containers		2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	containers	yes	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	cpu_cores		2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	cpu_cores	4	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	cpu_model		2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	cpu_vendor		2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	cpu_vendor	intel	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_cpus		2964	1	4
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_cpus	2	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_cpus	unset	2964	1	3
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_disk		2964	1	4
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_disk	<=10G	2964	1	2
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_disk	<=20G	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_disk	<=50G	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_features		2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_features	nfs	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_os		2964	1	4
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_os	centos-6	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_os	centos-7	2964	1	2
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_os	ubuntu-14.04	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_ram		2964	1	4
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_ram	<=1G	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_ram	<=2G	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_ram	<=4G	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_ram	<=512M	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	disk_kind		2964	1	3
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	disk_kind	hdd	2964	1	2
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	disk_kind	nvme	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	disk_model		2964	1	3
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	disk_model	ST2000NM0055-1V4	2964	1	2
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	distribution		2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	distribution	virtuozzo 7	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	guest_os		2964	1	2
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	guest_os	centos	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	guest_os	windows	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	kernel		2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	kernel	3.10.0-327.18.2.vz7.15.2	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	layout		2964	1	4
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	layout	ploop	2964	1	3
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	layout	simfs	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	memory		2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	memory	32-64 GiB	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ploop		2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ploop	7.0.52-1.vz7	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	prlctl		2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	prlctl	7.0.100	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	readykernel		2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	readykernel	yes	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	readykernel_patch		2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	readykernel_patch	89.0-r1	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	running		2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	running	yes	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	services		2964	1	6
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	services	firewalld	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	services	libvirtd	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	services	prl-disp	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	services	tuned	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	services	vcmmd	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	services	vz	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ssd		2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ssd	yes	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	teaming		2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	teaming	no	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	templates		2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	templates	centos-6	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	virtualization		2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	virtualization	vz7	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vm_memory		2964	1	2
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vm_memory	<=2G	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vm_memory	<=8G	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vm_vcpus		2964	1	2
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vm_vcpus	2	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vm_vcpus	<=4	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vms		2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vms	yes	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vswap		2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vswap	yes	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vzctl		2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vzctl	7.0.100	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vzkernel		2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vzkernel	3.10.0-327.18.2.vz7.15.2	2964	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	reports			2964	1	0
5d29d753-0e88-4e4b-82fc-ece2fec989a7	week_active			2964	1	0
31d6d449-e63a-4614-8a66-562a07797427	dist_week	bonding		2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	bonding	yes	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	container_count		2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	container_count	1-5	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	containers		2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	containers	yes	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	cpu_cores		2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	cpu_cores	4	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	cpu_model		2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	cpu_vendor		2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	cpu_vendor	intel	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_cpus		2964	1	4
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_cpus	2	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_cpus	unset	2964	1	3
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_disk		2964	1	4
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_disk	<=10G	2964	1	2
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_disk	<=20G	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_disk	<=50G	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_features		2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_features	nfs	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_os		2964	1	4
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_os	centos-6	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_os	centos-7	2964	1	2
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_os	ubuntu-14.04	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_ram		2964	1	4
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_ram	<=1G	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_ram	<=2G	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_ram	<=4G	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_ram	<=512M	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	disk_kind		2964	1	3
31d6d449-e63a-4614-8a66-562a07797427	dist_week	disk_kind	hdd	2964	1	2
31d6d449-e63a-4614-8a66-562a07797427	dist_week	disk_kind	nvme	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	disk_model		2964	1	3
31d6d449-e63a-4614-8a66-562a07797427	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	disk_model	ST2000NM0055-1V4	2964	1	2
31d6d449-e63a-4614-8a66-562a07797427	dist_week	distribution		2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	distribution	virtuozzo 7	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	guest_os		2964	1	2
31d6d449-e63a-4614-8a66-562a07797427	dist_week	guest_os	centos	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	guest_os	windows	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	kernel		2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	kernel	3.10.0-327.18.2.vz7.15.2	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	layout		2964	1	4
31d6d449-e63a-4614-8a66-562a07797427	dist_week	layout	ploop	2964	1	3
31d6d449-e63a-4614-8a66-562a07797427	dist_week	layout	simfs	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	memory		2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	memory	32-64 GiB	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ploop		2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ploop	7.0.52-1.vz7	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	prlctl		2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	prlctl	7.0.100	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	readykernel		2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	readykernel	yes	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	readykernel_patch		2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	readykernel_patch	89.0-r1	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	running		2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	running	yes	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	services		2964	1	6
31d6d449-e63a-4614-8a66-562a07797427	dist_week	services	firewalld	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	services	libvirtd	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	services	prl-disp	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	services	tuned	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	services	vcmmd	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	services	vz	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ssd		2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ssd	yes	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	teaming		2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	teaming	no	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	templates		2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	templates	centos-6	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	virtualization		2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	virtualization	vz7	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vm_memory		2964	1	2
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vm_memory	<=2G	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vm_memory	<=8G	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vm_vcpus		2964	1	2
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vm_vcpus	2	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vm_vcpus	<=4	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vms		2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vms	yes	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vswap		2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vswap	yes	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vzctl		2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vzctl	7.0.100	2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vzkernel		2964	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vzkernel	3.10.0-327.18.2.vz7.15.2	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	bonding		2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	bonding	yes	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	container_count		2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	container_count	1-5	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	containers		2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	containers	yes	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	cpu_cores		2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	cpu_cores	4	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	cpu_model		2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	cpu_vendor		2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	cpu_vendor	intel	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_cpus		2964	1	4
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_cpus	2	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_cpus	unset	2964	1	3
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_disk		2964	1	4
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_disk	<=10G	2964	1	2
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_disk	<=20G	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_disk	<=50G	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_features		2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_features	nfs	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_os		2964	1	4
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_os	centos-6	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_os	centos-7	2964	1	2
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_os	ubuntu-14.04	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_ram		2964	1	4
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_ram	<=1G	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_ram	<=2G	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_ram	<=4G	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_ram	<=512M	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	disk_kind		2964	1	3
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	disk_kind	hdd	2964	1	2
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	disk_kind	nvme	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	disk_model		2964	1	3
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	disk_model	ST2000NM0055-1V4	2964	1	2
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	distribution		2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	distribution	virtuozzo 7	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	guest_os		2964	1	2
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	guest_os	centos	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	guest_os	windows	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	kernel		2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	kernel	3.10.0-327.18.2.vz7.15.2	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	layout		2964	1	4
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	layout	ploop	2964	1	3
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	layout	simfs	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	memory		2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	memory	32-64 GiB	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ploop		2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ploop	7.0.52-1.vz7	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	prlctl		2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	prlctl	7.0.100	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	readykernel		2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	readykernel	yes	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	readykernel_patch		2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	readykernel_patch	89.0-r1	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	running		2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	running	yes	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	services		2964	1	6
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	services	firewalld	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	services	libvirtd	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	services	prl-disp	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	services	tuned	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	services	vcmmd	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	services	vz	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ssd		2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ssd	yes	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	teaming		2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	teaming	no	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	templates		2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	templates	centos-6	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	virtualization		2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	virtualization	vz7	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vm_memory		2964	1	2
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vm_memory	<=2G	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vm_memory	<=8G	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vm_vcpus		2964	1	2
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vm_vcpus	2	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vm_vcpus	<=4	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vms		2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vms	yes	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vswap		2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vswap	yes	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vzctl		2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vzctl	7.0.100	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vzkernel		2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vzkernel	3.10.0-327.18.2.vz7.15.2	2964	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	reports			2964	1	0
eb9700cd-bafc-40df-a7b5-0a008312ccb6	week_active			2964	1	0
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	bonding		2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	bonding	no	2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	container_count		2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	container_count	6-20	2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	containers		2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	containers	yes	2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	cpu_cores		2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	cpu_cores	4	2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	cpu_model		2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	cpu_vendor		2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	cpu_vendor	intel	2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ct_cpus		2964	1	10
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ct_cpus	2	2964	1	2
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ct_cpus	unset	2964	1	8
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ct_disk		2964	1	10
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ct_disk	<=10G	2964	1	5
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ct_disk	<=20G	2964	1	3
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ct_disk	<=50G	2964	1	2
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ct_features		2964	1	3
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ct_features	nfs	2964	1	2
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ct_features	ppp	2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ct_os		2964	1	10
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ct_os	centos-6	2964	1	6
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ct_os	debian-7	2964	1	2
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ct_os	other	2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ct_os	ubuntu-14.04	2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ct_ram		2964	1	10
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ct_ram	<=1G	2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ct_ram	<=2G	2964	1	2
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ct_ram	<=512M	2964	1	3
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ct_ram	unlimited	2964	1	4
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	disk_kind		2964	1	2
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	disk_kind	hdd	2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	disk_kind	ssd	2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	disk_model		2964	1	2
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	disk_model	INTEL SSDSC2BB48	2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	disk_model	WDC WD1003FBYX-0	2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	distribution		2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	distribution	centos 6.10	2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	kernel		2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	kernel	2.6.32-042stab145.3	2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	layout		2964	1	10
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	layout	simfs	2964	1	10
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	memory		2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	memory	<=1 GiB	2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ploop		2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ploop	1.9-1	2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	running		2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	running	yes	2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	services		2964	1	2
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	services	iptables	2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	services	vz	2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ssd		2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ssd	yes	2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	teaming		2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	teaming	no	2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	virtualization		2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	virtualization	openvz-legacy	2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	vswap		2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	vswap	yes	2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	vzctl		2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	vzctl	4.3	2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	vzkernel		2964	1	2
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	vzkernel	2.6.32-042stab134.8	2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	vzkernel	2.6.32-042stab145.3	2964	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	reports			2964	1	0
59ce6aa5-70b9-47bc-87f3-762113237531	week_active			2964	1	0
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	bonding		2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	bonding	no	2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	container_count		2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	container_count	6-20	2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	containers		2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	containers	yes	2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	cpu_cores		2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	cpu_cores	4	2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	cpu_model		2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	cpu_vendor		2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	cpu_vendor	intel	2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ct_cpus		2964	1	10
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ct_cpus	2	2964	1	2
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ct_cpus	unset	2964	1	8
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ct_disk		2964	1	10
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ct_disk	<=10G	2964	1	5
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ct_disk	<=20G	2964	1	3
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ct_disk	<=50G	2964	1	2
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ct_features		2964	1	3
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ct_features	nfs	2964	1	2
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ct_features	ppp	2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ct_os		2964	1	10
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ct_os	centos-6	2964	1	6
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ct_os	debian-7	2964	1	2
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ct_os	other	2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ct_os	ubuntu-14.04	2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ct_ram		2964	1	10
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ct_ram	<=1G	2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ct_ram	<=2G	2964	1	2
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ct_ram	<=512M	2964	1	3
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ct_ram	unlimited	2964	1	4
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	disk_kind		2964	1	2
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	disk_kind	hdd	2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	disk_kind	ssd	2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	disk_model		2964	1	2
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	disk_model	INTEL SSDSC2BB48	2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	disk_model	WDC WD1003FBYX-0	2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	distribution		2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	distribution	centos 6.10	2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	kernel		2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	kernel	2.6.32-042stab145.3	2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	layout		2964	1	10
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	layout	simfs	2964	1	10
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	memory		2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	memory	<=1 GiB	2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ploop		2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ploop	1.9-1	2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	running		2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	running	yes	2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	services		2964	1	2
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	services	iptables	2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	services	vz	2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ssd		2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ssd	yes	2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	teaming		2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	teaming	no	2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	virtualization		2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	virtualization	openvz-legacy	2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	vswap		2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	vswap	yes	2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	vzctl		2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	vzctl	4.3	2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	vzkernel		2964	1	2
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	vzkernel	2.6.32-042stab134.8	2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	vzkernel	2.6.32-042stab145.3	2964	1	1
cd191280-0338-49dc-949b-5d384bcaac84	reports			2964	1	0
cd191280-0338-49dc-949b-5d384bcaac84	week_active			2964	1	0
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	bonding		2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	bonding	no	2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	container_count		2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	container_count	6-20	2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	containers		2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	containers	yes	2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	cpu_cores		2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	cpu_cores	4	2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	cpu_model		2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	cpu_vendor		2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	cpu_vendor	intel	2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ct_cpus		2964	1	10
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ct_cpus	2	2964	1	2
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ct_cpus	unset	2964	1	8
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ct_disk		2964	1	10
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ct_disk	<=10G	2964	1	5
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ct_disk	<=20G	2964	1	3
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ct_disk	<=50G	2964	1	2
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ct_features		2964	1	3
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ct_features	nfs	2964	1	2
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ct_features	ppp	2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ct_os		2964	1	10
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ct_os	centos-6	2964	1	6
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ct_os	debian-7	2964	1	2
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ct_os	other	2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ct_os	ubuntu-14.04	2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ct_ram		2964	1	10
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ct_ram	<=1G	2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ct_ram	<=2G	2964	1	2
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ct_ram	<=512M	2964	1	3
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ct_ram	unlimited	2964	1	4
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	disk_kind		2964	1	2
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	disk_kind	hdd	2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	disk_kind	ssd	2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	disk_model		2964	1	2
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	disk_model	INTEL SSDSC2BB48	2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	disk_model	WDC WD1003FBYX-0	2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	distribution		2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	distribution	centos 6.10	2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	kernel		2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	kernel	2.6.32-042stab145.3	2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	layout		2964	1	10
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	layout	simfs	2964	1	10
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	memory		2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	memory	<=1 GiB	2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ploop		2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ploop	1.9-1	2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	running		2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	running	yes	2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	services		2964	1	2
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	services	iptables	2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	services	vz	2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ssd		2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ssd	yes	2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	teaming		2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	teaming	no	2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	virtualization		2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	virtualization	openvz-legacy	2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	vswap		2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	vswap	yes	2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	vzctl		2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	vzctl	4.3	2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	vzkernel		2964	1	2
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	vzkernel	2.6.32-042stab134.8	2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	vzkernel	2.6.32-042stab145.3	2964	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	reports			2964	1	0
0e00363f-77c3-4630-bef3-3e25134c70c7	week_active			2964	1	0
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	bonding		2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	bonding	no	2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	container_count		2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	container_count	6-20	2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	containers		2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	containers	yes	2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	cpu_cores		2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	cpu_cores	4	2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	cpu_model		2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	cpu_vendor		2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	cpu_vendor	intel	2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ct_cpus		2964	1	10
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ct_cpus	2	2964	1	2
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ct_cpus	unset	2964	1	8
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ct_disk		2964	1	10
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ct_disk	<=10G	2964	1	5
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ct_disk	<=20G	2964	1	3
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ct_disk	<=50G	2964	1	2
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ct_features		2964	1	3
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ct_features	nfs	2964	1	2
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ct_features	ppp	2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ct_os		2964	1	10
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ct_os	centos-6	2964	1	6
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ct_os	debian-7	2964	1	2
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ct_os	other	2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ct_os	ubuntu-14.04	2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ct_ram		2964	1	10
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ct_ram	<=1G	2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ct_ram	<=2G	2964	1	2
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ct_ram	<=512M	2964	1	3
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ct_ram	unlimited	2964	1	4
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	disk_kind		2964	1	2
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	disk_kind	hdd	2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	disk_kind	ssd	2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	disk_model		2964	1	2
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	disk_model	INTEL SSDSC2BB48	2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	disk_model	WDC WD1003FBYX-0	2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	distribution		2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	distribution	centos 6.10	2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	kernel		2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	kernel	2.6.32-042stab145.3	2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	layout		2964	1	10
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	layout	simfs	2964	1	10
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	memory		2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	memory	<=1 GiB	2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ploop		2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ploop	1.9-1	2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	running		2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	running	yes	2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	services		2964	1	2
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	services	iptables	2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	services	vz	2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ssd		2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ssd	yes	2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	teaming		2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	teaming	no	2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	virtualization		2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	virtualization	openvz-legacy	2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	vswap		2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	vswap	yes	2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	vzctl		2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	vzctl	4.3	2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	vzkernel		2964	1	2
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	vzkernel	2.6.32-042stab134.8	2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	vzkernel	2.6.32-042stab145.3	2964	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	reports			2964	1	0
6432abc7-e99a-4aa3-a992-d2b8955e4d41	week_active			2964	1	0
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	bonding		2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	bonding	no	2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	container_count		2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	container_count	6-20	2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	containers		2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	containers	yes	2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	cpu_cores		2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	cpu_cores	4	2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	cpu_model		2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	cpu_vendor		2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	cpu_vendor	intel	2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ct_cpus		2964	1	10
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ct_cpus	2	2964	1	2
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ct_cpus	unset	2964	1	8
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ct_disk		2964	1	10
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ct_disk	<=10G	2964	1	5
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ct_disk	<=20G	2964	1	3
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ct_disk	<=50G	2964	1	2
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ct_features		2964	1	3
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ct_features	nfs	2964	1	2
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ct_features	ppp	2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ct_os		2964	1	10
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ct_os	centos-6	2964	1	6
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ct_os	debian-7	2964	1	2
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ct_os	other	2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ct_os	ubuntu-14.04	2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ct_ram		2964	1	10
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ct_ram	<=1G	2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ct_ram	<=2G	2964	1	2
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ct_ram	<=512M	2964	1	3
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ct_ram	unlimited	2964	1	4
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	disk_kind		2964	1	2
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	disk_kind	hdd	2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	disk_kind	ssd	2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	disk_model		2964	1	2
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	disk_model	INTEL SSDSC2BB48	2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	disk_model	WDC WD1003FBYX-0	2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	distribution		2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	distribution	centos 6.10	2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	kernel		2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	kernel	2.6.32-042stab145.3	2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	layout		2964	1	10
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	layout	simfs	2964	1	10
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	memory		2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	memory	<=1 GiB	2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ploop		2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ploop	1.9-1	2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	running		2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	running	yes	2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	services		2964	1	2
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	services	iptables	2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	services	vz	2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ssd		2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ssd	yes	2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	teaming		2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	teaming	no	2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	virtualization		2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	virtualization	openvz-legacy	2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	vswap		2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	vswap	yes	2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	vzctl		2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	vzctl	4.3	2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	vzkernel		2964	1	2
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	vzkernel	2.6.32-042stab134.8	2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	vzkernel	2.6.32-042stab145.3	2964	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	reports			2964	1	0
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	week_active			2964	1	0
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	bonding		2964	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	bonding	no	2964	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	cpu_cores		2964	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	cpu_cores	4	2964	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	cpu_model		2964	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	cpu_model	AMD EPYC 7302P 16-Core Processor	2964	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	cpu_vendor		2964	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	cpu_vendor	amd	2964	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	disk_kind		2964	1	2
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	disk_kind	hdd	2964	1	2
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	distribution		2964	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	distribution	debian 12	2964	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	kernel		2964	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	kernel	6.1.0-26-amd64	2964	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	memory		2964	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	memory	4-8 GiB	2964	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	services		2964	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	services	libvirtd	2964	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	ssd		2964	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	ssd	no	2964	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	teaming		2964	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	teaming	no	2964	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	virtualization		2964	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	virtualization	other	2964	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	reports			2964	1	0
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	week_active			2964	1	0
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	bonding		2964	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	bonding	no	2964	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	cpu_cores		2964	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	cpu_cores	4	2964	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	cpu_model		2964	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	cpu_model	AMD EPYC 7302P 16-Core Processor	2964	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	cpu_vendor		2964	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	cpu_vendor	amd	2964	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	disk_kind		2964	1	2
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	disk_kind	hdd	2964	1	2
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	distribution		2964	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	distribution	debian 12	2964	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	kernel		2964	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	kernel	6.1.0-26-amd64	2964	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	memory		2964	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	memory	4-8 GiB	2964	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	services		2964	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	services	libvirtd	2964	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	ssd		2964	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	ssd	no	2964	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	teaming		2964	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	teaming	no	2964	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	virtualization		2964	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	virtualization	other	2964	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	reports			2964	1	0
f28f8424-1f7b-462c-bbd3-e0732b1e6846	week_active			2964	1	0
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	bonding		2964	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	bonding	no	2964	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	cpu_cores		2964	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	cpu_cores	4	2964	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	cpu_model		2964	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	cpu_model	AMD EPYC 7302P 16-Core Processor	2964	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	cpu_vendor		2964	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	cpu_vendor	amd	2964	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	disk_kind		2964	1	2
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	disk_kind	hdd	2964	1	2
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	distribution		2964	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	distribution	debian 12	2964	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	kernel		2964	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	kernel	6.1.0-26-amd64	2964	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	memory		2964	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	memory	4-8 GiB	2964	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	services		2964	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	services	libvirtd	2964	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	ssd		2964	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	ssd	no	2964	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	teaming		2964	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	teaming	no	2964	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	virtualization		2964	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	virtualization	other	2964	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	reports			2964	1	0
85a31e9a-09a7-4423-bcbc-9409884f4223	week_active			2964	1	0
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	bonding		2964	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	bonding	no	2964	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	cpu_cores		2964	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	cpu_cores	4	2964	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	cpu_model		2964	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	cpu_model	AMD EPYC 7302P 16-Core Processor	2964	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	cpu_vendor		2964	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	cpu_vendor	amd	2964	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	disk_kind		2964	1	2
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	disk_kind	hdd	2964	1	2
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	distribution		2964	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	distribution	debian 12	2964	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	kernel		2964	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	kernel	6.1.0-26-amd64	2964	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	memory		2964	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	memory	4-8 GiB	2964	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	services		2964	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	services	libvirtd	2964	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	ssd		2964	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	ssd	no	2964	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	teaming		2964	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	teaming	no	2964	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	virtualization		2964	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	virtualization	other	2964	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	reports			2964	1	0
f09444ea-c240-4c5b-af7f-9ed0ae16b423	week_active			2964	1	0
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	bonding		2964	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	bonding	no	2964	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	cpu_cores		2964	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	cpu_cores	4	2964	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	cpu_model		2964	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	cpu_model	AMD EPYC 7302P 16-Core Processor	2964	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	cpu_vendor		2964	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	cpu_vendor	amd	2964	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	disk_kind		2964	1	2
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	disk_kind	hdd	2964	1	2
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	distribution		2964	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	distribution	debian 12	2964	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	kernel		2964	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	kernel	6.1.0-26-amd64	2964	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	memory		2964	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	memory	4-8 GiB	2964	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	services		2964	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	services	libvirtd	2964	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	ssd		2964	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	ssd	no	2964	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	teaming		2964	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	teaming	no	2964	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	virtualization		2964	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	virtualization	other	2964	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	reports			2964	1	0
a22744bc-a4b4-499a-b378-f4e9f3317332	week_active			2964	1	0
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	container_count		2964	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	container_count	6-20	2964	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	containers		2964	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	containers	yes	2964	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	cpu_cores		2964	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	cpu_cores	4	2964	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	cpu_model		2964	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2964	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	cpu_vendor		2964	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	cpu_vendor	Intel	2964	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	ct_os		2964	1	3
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	ct_os	centos-6	2964	1	2
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	ct_os	debian-7.0	2964	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	distribution		2964	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	distribution	vzlinux 7.3	2964	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	kernel		2964	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	kernel	2.6.32-042stab145.3	2964	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	layout		2964	1	9
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	layout	ploop	2964	1	4
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	layout	simfs	2964	1	5
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	memory		2964	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	memory	<=1 GiB	2964	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	ploop		2964	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	ploop	1.15	2964	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	running		2964	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	running	yes	2964	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	virtualization		2964	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	virtualization	openvz-legacy	2964	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	vswap		2964	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	vswap	yes	2964	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	vzctl		2964	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	vzctl	4.9.4	2964	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	vzkernel		2964	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	vzkernel	2.6.32	2964	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	reports			2964	1	0
f77a3a71-a168-4180-86df-a8665ef4aaef	week_active			2964	1	0
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	container_count		2964	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	container_count	6-20	2964	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	containers		2964	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	containers	yes	2964	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	cpu_cores		2964	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	cpu_cores	4	2964	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	cpu_model		2964	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2964	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	cpu_vendor		2964	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	cpu_vendor	Intel	2964	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	ct_os		2964	1	3
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	ct_os	centos-6	2964	1	2
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	ct_os	debian-7.0	2964	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	distribution		2964	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	distribution	vzlinux 7.3	2964	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	kernel		2964	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	kernel	2.6.32-042stab145.3	2964	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	layout		2964	1	9
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	layout	ploop	2964	1	4
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	layout	simfs	2964	1	5
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	memory		2964	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	memory	<=1 GiB	2964	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	ploop		2964	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	ploop	1.15	2964	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	running		2964	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	running	yes	2964	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	virtualization		2964	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	virtualization	openvz-legacy	2964	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	vswap		2964	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	vswap	yes	2964	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	vzctl		2964	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	vzctl	4.9.4	2964	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	vzkernel		2964	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	vzkernel	2.6.32	2964	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	reports			2964	1	0
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	week_active			2964	1	0
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	container_count		2964	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	container_count	6-20	2964	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	containers		2964	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	containers	yes	2964	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	cpu_cores		2964	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	cpu_cores	4	2964	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	cpu_model		2964	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2964	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	cpu_vendor		2964	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	cpu_vendor	Intel	2964	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	ct_os		2964	1	3
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	ct_os	centos-6	2964	1	2
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	ct_os	debian-7.0	2964	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	distribution		2964	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	distribution	vzlinux 7.3	2964	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	kernel		2964	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	kernel	2.6.32-042stab145.3	2964	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	layout		2964	1	9
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	layout	ploop	2964	1	4
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	layout	simfs	2964	1	5
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	memory		2964	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	memory	<=1 GiB	2964	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	ploop		2964	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	ploop	1.15	2964	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	running		2964	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	running	yes	2964	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	virtualization		2964	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	virtualization	openvz-legacy	2964	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	vswap		2964	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	vswap	yes	2964	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	vzctl		2964	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	vzctl	4.9.4	2964	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	vzkernel		2964	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	vzkernel	2.6.32	2964	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	reports			2964	1	0
c3601b2c-18ca-4520-82e2-e5e36455db1f	week_active			2964	1	0
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	container_count		2964	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	container_count	6-20	2964	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	containers		2964	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	containers	yes	2964	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	cpu_cores		2964	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	cpu_cores	4	2964	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	cpu_model		2964	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2964	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	cpu_vendor		2964	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	cpu_vendor	Intel	2964	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	ct_os		2964	1	3
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	ct_os	centos-6	2964	1	2
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	ct_os	debian-7.0	2964	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	distribution		2964	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	distribution	vzlinux 7.3	2964	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	kernel		2964	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	kernel	2.6.32-042stab145.3	2964	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	layout		2964	1	9
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	layout	ploop	2964	1	4
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	layout	simfs	2964	1	5
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	memory		2964	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	memory	<=1 GiB	2964	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	ploop		2964	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	ploop	1.15	2964	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	running		2964	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	running	yes	2964	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	virtualization		2964	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	virtualization	openvz-legacy	2964	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	vswap		2964	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	vswap	yes	2964	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	vzctl		2964	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	vzctl	4.9.4	2964	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	vzkernel		2964	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	vzkernel	2.6.32	2964	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	week_active			2964	1	0
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	container_count		2964	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	container_count	6-20	2964	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	containers		2964	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	containers	yes	2964	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	cpu_cores		2964	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	cpu_cores	4	2964	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	cpu_model		2964	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2964	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	cpu_vendor		2964	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	cpu_vendor	Intel	2964	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	ct_os		2964	1	3
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	ct_os	centos-6	2964	1	2
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	ct_os	debian-7.0	2964	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	distribution		2964	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	distribution	vzlinux 7.3	2964	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	kernel		2964	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	kernel	2.6.32-042stab145.3	2964	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	layout		2964	1	9
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	layout	ploop	2964	1	4
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	layout	simfs	2964	1	5
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	memory		2964	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	memory	<=1 GiB	2964	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	ploop		2964	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	ploop	1.15	2964	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	running		2964	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	running	yes	2964	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	virtualization		2964	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	virtualization	openvz-legacy	2964	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	vswap		2964	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	vswap	yes	2964	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	vzctl		2964	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	vzctl	4.9.4	2964	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	vzkernel		2964	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	vzkernel	2.6.32	2964	1	1
7fa8b641-5c50-419e-8146-282719a7816b	week_active			2964	1	0
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	bonding		2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	bonding	yes	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	container_count		2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	container_count	1-5	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	containers		2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	containers	yes	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	cpu_cores		2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	cpu_cores	4	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	cpu_model		2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	cpu_vendor		2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	cpu_vendor	intel	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_cpus		2966	1	4
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_cpus	2	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_cpus	<=4	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_cpus	unset	2966	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_disk		2966	1	4
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_disk	<=10G	2966	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_disk	<=50G	2966	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_features		2966	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_features	fuse	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_features	nfs	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_os		2966	1	4
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_os	centos-7	2966	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_os	other	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_os	ubuntu-16.04	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_ram		2966	1	4
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_ram	<=1G	2966	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_ram	<=2G	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_ram	<=4G	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	disk_kind		2966	1	3
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	disk_kind	hdd	2966	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	disk_kind	nvme	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	disk_model		2966	1	3
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	disk_model	ST2000NM0055-1V4	2966	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	distribution		2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	distribution	virtuozzo 7	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	guest_os		2966	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	guest_os	centos	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	guest_os	windows	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	kernel		2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	kernel	3.10.0-1160.80.1.vz7.191.4	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	layout		2966	1	4
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	layout	ploop	2966	1	4
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	memory		2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	memory	32-64 GiB	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ploop		2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ploop	7.0.93-1.vz7	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	prlctl		2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	prlctl	7.0.182	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	readykernel		2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	readykernel	yes	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	readykernel_patch		2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	readykernel_patch	89.0-r1	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	running		2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	running	yes	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	services		2966	1	6
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	services	firewalld	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	services	libvirtd	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	services	prl-disp	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	services	tuned	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	services	vcmmd	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	services	vz	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ssd		2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ssd	yes	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	teaming		2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	teaming	no	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	templates		2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	templates	centos-6	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	virtualization		2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	virtualization	vz7	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vm_memory		2966	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vm_memory	<=2G	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vm_memory	<=8G	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vm_vcpus		2966	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vm_vcpus	2	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vm_vcpus	<=4	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vms		2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vms	yes	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vswap		2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vswap	yes	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vzctl		2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vzctl	7.0.229	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vzkernel		2966	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vzkernel	3.10.0-1160.80.1.vz7.191.4	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vzkernel	3.10.0-514.26.1.vz7.33.22	2966	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	reports			2966	1	0
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	week_active			2966	1	0
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	bonding		2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	bonding	yes	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	container_count		2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	container_count	1-5	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	containers		2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	containers	yes	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	cpu_cores		2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	cpu_cores	4	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	cpu_model		2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	cpu_vendor		2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	cpu_vendor	intel	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_cpus		2966	1	4
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_cpus	2	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_cpus	<=4	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_cpus	unset	2966	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_disk		2966	1	4
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_disk	<=10G	2966	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_disk	<=50G	2966	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_features		2966	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_features	fuse	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_features	nfs	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_os		2966	1	4
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_os	centos-7	2966	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_os	other	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_os	ubuntu-16.04	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_ram		2966	1	4
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_ram	<=1G	2966	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_ram	<=2G	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_ram	<=4G	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	disk_kind		2966	1	3
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	disk_kind	hdd	2966	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	disk_kind	nvme	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	disk_model		2966	1	3
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	disk_model	ST2000NM0055-1V4	2966	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	distribution		2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	distribution	virtuozzo 7	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	guest_os		2966	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	guest_os	centos	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	guest_os	windows	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	kernel		2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	kernel	3.10.0-1160.80.1.vz7.191.4	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	layout		2966	1	4
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	layout	ploop	2966	1	4
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	memory		2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	memory	32-64 GiB	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ploop		2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ploop	7.0.93-1.vz7	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	prlctl		2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	prlctl	7.0.182	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	readykernel		2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	readykernel	yes	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	readykernel_patch		2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	readykernel_patch	89.0-r1	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	running		2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	running	yes	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	services		2966	1	6
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	services	firewalld	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	services	libvirtd	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	services	prl-disp	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	services	tuned	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	services	vcmmd	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	services	vz	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ssd		2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ssd	yes	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	teaming		2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	teaming	no	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	templates		2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	templates	centos-6	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	virtualization		2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	virtualization	vz7	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vm_memory		2966	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vm_memory	<=2G	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vm_memory	<=8G	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vm_vcpus		2966	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vm_vcpus	2	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vm_vcpus	<=4	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vms		2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vms	yes	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vswap		2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vswap	yes	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vzctl		2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vzctl	7.0.229	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vzkernel		2966	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vzkernel	3.10.0-1160.80.1.vz7.191.4	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vzkernel	3.10.0-514.26.1.vz7.33.22	2966	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	reports			2966	1	0
03f1b2f5-f889-4588-b8df-d423c4a48c86	week_active			2966	1	0
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	bonding		2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	bonding	yes	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	container_count		2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	container_count	1-5	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	containers		2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	containers	yes	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	cpu_cores		2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	cpu_cores	4	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	cpu_model		2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	cpu_vendor		2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	cpu_vendor	intel	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_cpus		2966	1	4
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_cpus	2	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_cpus	<=4	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_cpus	unset	2966	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_disk		2966	1	4
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_disk	<=10G	2966	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_disk	<=50G	2966	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_features		2966	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_features	fuse	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_features	nfs	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_os		2966	1	4
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_os	centos-7	2966	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_os	other	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_os	ubuntu-16.04	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_ram		2966	1	4
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_ram	<=1G	2966	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_ram	<=2G	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_ram	<=4G	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	disk_kind		2966	1	3
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	disk_kind	hdd	2966	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	disk_kind	nvme	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	disk_model		2966	1	3
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	disk_model	ST2000NM0055-1V4	2966	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	distribution		2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	distribution	virtuozzo 7	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	guest_os		2966	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	guest_os	centos	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	guest_os	windows	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	kernel		2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	kernel	3.10.0-1160.80.1.vz7.191.4	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	layout		2966	1	4
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	layout	ploop	2966	1	4
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	memory		2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	memory	32-64 GiB	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ploop		2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ploop	7.0.93-1.vz7	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	prlctl		2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	prlctl	7.0.182	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	readykernel		2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	readykernel	yes	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	readykernel_patch		2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	readykernel_patch	89.0-r1	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	running		2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	running	yes	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	services		2966	1	6
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	services	firewalld	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	services	libvirtd	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	services	prl-disp	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	services	tuned	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	services	vcmmd	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	services	vz	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ssd		2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ssd	yes	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	teaming		2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	teaming	no	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	templates		2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	templates	centos-6	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	virtualization		2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	virtualization	vz7	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vm_memory		2966	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vm_memory	<=2G	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vm_memory	<=8G	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vm_vcpus		2966	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vm_vcpus	2	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vm_vcpus	<=4	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vms		2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vms	yes	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vswap		2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vswap	yes	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vzctl		2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vzctl	7.0.229	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vzkernel		2966	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vzkernel	3.10.0-1160.80.1.vz7.191.4	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vzkernel	3.10.0-514.26.1.vz7.33.22	2966	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	reports			2966	1	0
10d028b7-2096-4f18-ba9a-ff806979ddf7	week_active			2966	1	0
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	bonding		2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	bonding	yes	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	container_count		2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	container_count	1-5	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	containers		2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	containers	yes	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	cpu_cores		2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	cpu_cores	4	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	cpu_model		2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	cpu_vendor		2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	cpu_vendor	intel	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_cpus		2966	1	4
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_cpus	2	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_cpus	<=4	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_cpus	unset	2966	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_disk		2966	1	4
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_disk	<=10G	2966	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_disk	<=50G	2966	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_features		2966	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_features	fuse	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_features	nfs	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_os		2966	1	4
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_os	centos-7	2966	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_os	other	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_os	ubuntu-16.04	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_ram		2966	1	4
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_ram	<=1G	2966	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_ram	<=2G	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_ram	<=4G	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	disk_kind		2966	1	3
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	disk_kind	hdd	2966	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	disk_kind	nvme	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	disk_model		2966	1	3
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	disk_model	ST2000NM0055-1V4	2966	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	distribution		2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	distribution	virtuozzo 7	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	guest_os		2966	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	guest_os	centos	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	guest_os	windows	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	kernel		2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	kernel	3.10.0-1160.80.1.vz7.191.4	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	layout		2966	1	4
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	layout	ploop	2966	1	4
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	memory		2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	memory	32-64 GiB	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ploop		2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ploop	7.0.93-1.vz7	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	prlctl		2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	prlctl	7.0.182	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	readykernel		2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	readykernel	yes	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	readykernel_patch		2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	readykernel_patch	89.0-r1	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	running		2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	running	yes	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	services		2966	1	6
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	services	firewalld	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	services	libvirtd	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	services	prl-disp	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	services	tuned	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	services	vcmmd	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	services	vz	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ssd		2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ssd	yes	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	teaming		2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	teaming	no	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	templates		2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	templates	centos-6	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	virtualization		2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	virtualization	vz7	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vm_memory		2966	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vm_memory	<=2G	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vm_memory	<=8G	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vm_vcpus		2966	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vm_vcpus	2	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vm_vcpus	<=4	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vms		2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vms	yes	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vswap		2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vswap	yes	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vzctl		2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vzctl	7.0.229	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vzkernel		2966	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vzkernel	3.10.0-1160.80.1.vz7.191.4	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vzkernel	3.10.0-514.26.1.vz7.33.22	2966	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	reports			2966	1	0
a3997855-16f0-4b80-9944-1b6e8941c40a	week_active			2966	1	0
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	bonding		2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	bonding	yes	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	container_count		2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	container_count	1-5	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	containers		2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	containers	yes	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	cpu_cores		2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	cpu_cores	4	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	cpu_model		2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	cpu_vendor		2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	cpu_vendor	intel	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_cpus		2966	1	4
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_cpus	2	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_cpus	<=4	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_cpus	unset	2966	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_disk		2966	1	4
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_disk	<=10G	2966	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_disk	<=50G	2966	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_features		2966	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_features	fuse	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_features	nfs	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_os		2966	1	4
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_os	centos-7	2966	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_os	other	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_os	ubuntu-16.04	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_ram		2966	1	4
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_ram	<=1G	2966	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_ram	<=2G	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_ram	<=4G	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	disk_kind		2966	1	3
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	disk_kind	hdd	2966	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	disk_kind	nvme	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	disk_model		2966	1	3
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	disk_model	ST2000NM0055-1V4	2966	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	distribution		2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	distribution	virtuozzo 7	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	guest_os		2966	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	guest_os	centos	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	guest_os	windows	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	kernel		2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	kernel	3.10.0-1160.80.1.vz7.191.4	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	layout		2966	1	4
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	layout	ploop	2966	1	4
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	memory		2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	memory	32-64 GiB	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ploop		2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ploop	7.0.93-1.vz7	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	prlctl		2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	prlctl	7.0.182	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	readykernel		2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	readykernel	yes	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	readykernel_patch		2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	readykernel_patch	89.0-r1	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	running		2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	running	yes	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	services		2966	1	6
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	services	firewalld	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	services	libvirtd	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	services	prl-disp	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	services	tuned	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	services	vcmmd	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	services	vz	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ssd		2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ssd	yes	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	teaming		2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	teaming	no	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	templates		2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	templates	centos-6	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	virtualization		2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	virtualization	vz7	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vm_memory		2966	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vm_memory	<=2G	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vm_memory	<=8G	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vm_vcpus		2966	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vm_vcpus	2	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vm_vcpus	<=4	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vms		2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vms	yes	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vswap		2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vswap	yes	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vzctl		2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vzctl	7.0.229	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vzkernel		2966	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vzkernel	3.10.0-1160.80.1.vz7.191.4	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vzkernel	3.10.0-514.26.1.vz7.33.22	2966	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	reports			2966	1	0
464064af-3816-47c7-ae0c-e7bee87acb41	week_active			2966	1	0
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	bonding		20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	bonding	no	20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	container_count		20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	container_count	6-20	20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	containers		20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	containers	yes	20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	cpu_cores		20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	cpu_cores	4	20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	cpu_model		20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	cpu_vendor		20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	cpu_vendor	intel	20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	ct_cpus		20760	1	10
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	ct_cpus	2	20760	1	2
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	ct_cpus	unset	20760	1	8
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	ct_disk		20760	1	10
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	ct_disk	<=10G	20760	1	5
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	ct_disk	<=20G	20760	1	3
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	ct_disk	<=50G	20760	1	2
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	ct_features		20760	1	3
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	ct_features	nfs	20760	1	2
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	ct_features	ppp	20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	ct_os		20760	1	10
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	ct_os	centos-6	20760	1	6
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	ct_os	debian-7	20760	1	2
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	ct_os	other	20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	ct_os	ubuntu-14.04	20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	ct_ram		20760	1	10
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	ct_ram	<=1G	20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	ct_ram	<=2G	20760	1	2
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	ct_ram	<=512M	20760	1	3
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	ct_ram	unlimited	20760	1	4
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	disk_kind		20760	1	2
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	disk_kind	hdd	20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	disk_kind	ssd	20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	disk_model		20760	1	2
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	disk_model	INTEL SSDSC2BB48	20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	disk_model	WDC WD1003FBYX-0	20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	distribution		20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	distribution	centos 6.10	20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	kernel		20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	kernel	2.6.32-042stab145.3	20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	layout		20760	1	10
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	layout	simfs	20760	1	10
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	memory		20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	memory	<=1 GiB	20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	ploop		20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	ploop	1.9-1	20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	running		20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	running	yes	20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	services		20760	1	2
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	services	iptables	20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	services	vz	20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	ssd		20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	ssd	yes	20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	teaming		20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	teaming	no	20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	virtualization		20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	virtualization	openvz-legacy	20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	vswap		20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	vswap	yes	20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	vzctl		20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	vzctl	4.3	20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	vzkernel		20760	1	2
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	vzkernel	2.6.32-042stab134.8	20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_day	vzkernel	2.6.32-042stab145.3	20760	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	bonding		2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	bonding	no	2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	container_count		2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	container_count	6-20	2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	containers		2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	containers	yes	2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	cpu_cores		2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	cpu_cores	4	2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	cpu_model		2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	cpu_vendor		2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	cpu_vendor	intel	2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ct_cpus		2966	1	10
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ct_cpus	2	2966	1	2
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ct_cpus	unset	2966	1	8
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ct_disk		2966	1	10
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ct_disk	<=10G	2966	1	5
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ct_disk	<=20G	2966	1	3
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ct_disk	<=50G	2966	1	2
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ct_features		2966	1	3
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ct_features	nfs	2966	1	2
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ct_features	ppp	2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ct_os		2966	1	10
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ct_os	centos-6	2966	1	6
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ct_os	debian-7	2966	1	2
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ct_os	other	2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ct_os	ubuntu-14.04	2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ct_ram		2966	1	10
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ct_ram	<=1G	2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ct_ram	<=2G	2966	1	2
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ct_ram	<=512M	2966	1	3
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ct_ram	unlimited	2966	1	4
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	disk_kind		2966	1	2
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	disk_kind	hdd	2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	disk_kind	ssd	2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	disk_model		2966	1	2
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	disk_model	INTEL SSDSC2BB48	2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	disk_model	WDC WD1003FBYX-0	2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	distribution		2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	distribution	centos 6.10	2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	kernel		2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	kernel	2.6.32-042stab145.3	2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	layout		2966	1	10
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	layout	simfs	2966	1	10
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	memory		2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	memory	<=1 GiB	2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ploop		2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ploop	1.9-1	2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	running		2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	running	yes	2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	services		2966	1	2
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	services	iptables	2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	services	vz	2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ssd		2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	ssd	yes	2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	teaming		2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	teaming	no	2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	virtualization		2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	virtualization	openvz-legacy	2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	vswap		2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	vswap	yes	2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	vzctl		2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	vzctl	4.3	2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	vzkernel		2966	1	2
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	vzkernel	2.6.32-042stab134.8	2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	dist_week	vzkernel	2.6.32-042stab145.3	2966	1	1
59ce6aa5-70b9-47bc-87f3-762113237531	host_day			20760	1	0
59ce6aa5-70b9-47bc-87f3-762113237531	reports			2966	1	0
59ce6aa5-70b9-47bc-87f3-762113237531	week_active			2966	1	0
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	bonding		20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	bonding	no	20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	container_count		20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	container_count	6-20	20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	containers		20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	containers	yes	20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	cpu_cores		20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	cpu_cores	4	20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	cpu_model		20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	cpu_vendor		20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	cpu_vendor	intel	20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	ct_cpus		20760	1	10
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	ct_cpus	2	20760	1	2
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	ct_cpus	unset	20760	1	8
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	ct_disk		20760	1	10
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	ct_disk	<=10G	20760	1	5
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	ct_disk	<=20G	20760	1	3
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	ct_disk	<=50G	20760	1	2
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	ct_features		20760	1	3
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	ct_features	nfs	20760	1	2
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	ct_features	ppp	20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	ct_os		20760	1	10
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	ct_os	centos-6	20760	1	6
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	ct_os	debian-7	20760	1	2
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	ct_os	other	20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	ct_os	ubuntu-14.04	20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	ct_ram		20760	1	10
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	ct_ram	<=1G	20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	ct_ram	<=2G	20760	1	2
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	ct_ram	<=512M	20760	1	3
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	ct_ram	unlimited	20760	1	4
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	disk_kind		20760	1	2
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	disk_kind	hdd	20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	disk_kind	ssd	20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	disk_model		20760	1	2
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	disk_model	INTEL SSDSC2BB48	20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	disk_model	WDC WD1003FBYX-0	20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	distribution		20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	distribution	centos 6.10	20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	kernel		20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	kernel	2.6.32-042stab145.3	20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	layout		20760	1	10
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	layout	simfs	20760	1	10
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	memory		20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	memory	<=1 GiB	20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	ploop		20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	ploop	1.9-1	20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	running		20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	running	yes	20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	services		20760	1	2
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	services	iptables	20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	services	vz	20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	ssd		20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	ssd	yes	20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	teaming		20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	teaming	no	20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	virtualization		20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	virtualization	openvz-legacy	20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	vswap		20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	vswap	yes	20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	vzctl		20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	vzctl	4.3	20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	vzkernel		20760	1	2
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	vzkernel	2.6.32-042stab134.8	20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_day	vzkernel	2.6.32-042stab145.3	20760	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	bonding		2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	bonding	no	2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	container_count		2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	container_count	6-20	2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	containers		2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	containers	yes	2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	cpu_cores		2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	cpu_cores	4	2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	cpu_model		2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	cpu_vendor		2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	cpu_vendor	intel	2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ct_cpus		2966	1	10
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ct_cpus	2	2966	1	2
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ct_cpus	unset	2966	1	8
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ct_disk		2966	1	10
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ct_disk	<=10G	2966	1	5
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ct_disk	<=20G	2966	1	3
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ct_disk	<=50G	2966	1	2
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ct_features		2966	1	3
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ct_features	nfs	2966	1	2
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ct_features	ppp	2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ct_os		2966	1	10
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ct_os	centos-6	2966	1	6
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ct_os	debian-7	2966	1	2
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ct_os	other	2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ct_os	ubuntu-14.04	2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ct_ram		2966	1	10
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ct_ram	<=1G	2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ct_ram	<=2G	2966	1	2
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ct_ram	<=512M	2966	1	3
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ct_ram	unlimited	2966	1	4
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	disk_kind		2966	1	2
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	disk_kind	hdd	2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	disk_kind	ssd	2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	disk_model		2966	1	2
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	disk_model	INTEL SSDSC2BB48	2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	disk_model	WDC WD1003FBYX-0	2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	distribution		2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	distribution	centos 6.10	2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	kernel		2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	kernel	2.6.32-042stab145.3	2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	layout		2966	1	10
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	layout	simfs	2966	1	10
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	memory		2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	memory	<=1 GiB	2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ploop		2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ploop	1.9-1	2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	running		2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	running	yes	2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	services		2966	1	2
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	services	iptables	2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	services	vz	2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ssd		2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	ssd	yes	2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	teaming		2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	teaming	no	2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	virtualization		2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	virtualization	openvz-legacy	2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	vswap		2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	vswap	yes	2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	vzctl		2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	vzctl	4.3	2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	vzkernel		2966	1	2
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	vzkernel	2.6.32-042stab134.8	2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	dist_week	vzkernel	2.6.32-042stab145.3	2966	1	1
cd191280-0338-49dc-949b-5d384bcaac84	host_day			20760	1	0
cd191280-0338-49dc-949b-5d384bcaac84	reports			2966	1	0
cd191280-0338-49dc-949b-5d384bcaac84	week_active			2966	1	0
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	bonding		20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	bonding	no	20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	container_count		20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	container_count	6-20	20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	containers		20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	containers	yes	20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	cpu_cores		20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	cpu_cores	4	20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	cpu_model		20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	cpu_vendor		20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	cpu_vendor	intel	20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	ct_cpus		20760	1	10
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	ct_cpus	2	20760	1	2
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	ct_cpus	unset	20760	1	8
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	ct_disk		20760	1	10
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	ct_disk	<=10G	20760	1	5
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	ct_disk	<=20G	20760	1	3
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	ct_disk	<=50G	20760	1	2
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	ct_features		20760	1	3
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	ct_features	nfs	20760	1	2
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	ct_features	ppp	20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	ct_os		20760	1	10
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	ct_os	centos-6	20760	1	6
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	ct_os	debian-7	20760	1	2
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	ct_os	other	20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	ct_os	ubuntu-14.04	20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	ct_ram		20760	1	10
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	ct_ram	<=1G	20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	ct_ram	<=2G	20760	1	2
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	ct_ram	<=512M	20760	1	3
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	ct_ram	unlimited	20760	1	4
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	disk_kind		20760	1	2
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	disk_kind	hdd	20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	disk_kind	ssd	20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	disk_model		20760	1	2
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	disk_model	INTEL SSDSC2BB48	20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	disk_model	WDC WD1003FBYX-0	20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	distribution		20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	distribution	centos 6.10	20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	kernel		20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	kernel	2.6.32-042stab145.3	20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	layout		20760	1	10
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	layout	simfs	20760	1	10
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	memory		20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	memory	<=1 GiB	20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	ploop		20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	ploop	1.9-1	20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	running		20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	running	yes	20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	services		20760	1	2
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	services	iptables	20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	services	vz	20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	ssd		20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	ssd	yes	20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	teaming		20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	teaming	no	20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	virtualization		20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	virtualization	openvz-legacy	20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	vswap		20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	vswap	yes	20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	vzctl		20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	vzctl	4.3	20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	vzkernel		20760	1	2
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	vzkernel	2.6.32-042stab134.8	20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_day	vzkernel	2.6.32-042stab145.3	20760	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	bonding		2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	bonding	no	2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	container_count		2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	container_count	6-20	2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	containers		2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	containers	yes	2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	cpu_cores		2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	cpu_cores	4	2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	cpu_model		2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	cpu_vendor		2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	cpu_vendor	intel	2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ct_cpus		2966	1	10
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ct_cpus	2	2966	1	2
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ct_cpus	unset	2966	1	8
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ct_disk		2966	1	10
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ct_disk	<=10G	2966	1	5
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ct_disk	<=20G	2966	1	3
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ct_disk	<=50G	2966	1	2
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ct_features		2966	1	3
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ct_features	nfs	2966	1	2
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ct_features	ppp	2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ct_os		2966	1	10
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ct_os	centos-6	2966	1	6
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ct_os	debian-7	2966	1	2
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ct_os	other	2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ct_os	ubuntu-14.04	2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ct_ram		2966	1	10
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ct_ram	<=1G	2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ct_ram	<=2G	2966	1	2
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ct_ram	<=512M	2966	1	3
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ct_ram	unlimited	2966	1	4
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	disk_kind		2966	1	2
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	disk_kind	hdd	2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	disk_kind	ssd	2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	disk_model		2966	1	2
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	disk_model	INTEL SSDSC2BB48	2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	disk_model	WDC WD1003FBYX-0	2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	distribution		2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	distribution	centos 6.10	2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	kernel		2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	kernel	2.6.32-042stab145.3	2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	layout		2966	1	10
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	layout	simfs	2966	1	10
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	memory		2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	memory	<=1 GiB	2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ploop		2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ploop	1.9-1	2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	running		2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	running	yes	2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	services		2966	1	2
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	services	iptables	2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	services	vz	2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ssd		2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	ssd	yes	2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	teaming		2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	teaming	no	2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	virtualization		2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	virtualization	openvz-legacy	2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	vswap		2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	vswap	yes	2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	vzctl		2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	vzctl	4.3	2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	vzkernel		2966	1	2
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	vzkernel	2.6.32-042stab134.8	2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	dist_week	vzkernel	2.6.32-042stab145.3	2966	1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	host_day			20760	1	0
0e00363f-77c3-4630-bef3-3e25134c70c7	reports			2966	1	0
0e00363f-77c3-4630-bef3-3e25134c70c7	week_active			2966	1	0
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	bonding		20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	bonding	no	20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	container_count		20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	container_count	6-20	20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	containers		20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	containers	yes	20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	cpu_cores		20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	cpu_cores	4	20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	cpu_model		20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	cpu_vendor		20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	cpu_vendor	intel	20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	ct_cpus		20760	1	10
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	ct_cpus	2	20760	1	2
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	ct_cpus	unset	20760	1	8
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	ct_disk		20760	1	10
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	ct_disk	<=10G	20760	1	5
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	ct_disk	<=20G	20760	1	3
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	ct_disk	<=50G	20760	1	2
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	ct_features		20760	1	3
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	ct_features	nfs	20760	1	2
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	ct_features	ppp	20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	ct_os		20760	1	10
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	ct_os	centos-6	20760	1	6
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	ct_os	debian-7	20760	1	2
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	ct_os	other	20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	ct_os	ubuntu-14.04	20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	ct_ram		20760	1	10
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	ct_ram	<=1G	20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	ct_ram	<=2G	20760	1	2
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	ct_ram	<=512M	20760	1	3
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	ct_ram	unlimited	20760	1	4
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	disk_kind		20760	1	2
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	disk_kind	hdd	20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	disk_kind	ssd	20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	disk_model		20760	1	2
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	disk_model	INTEL SSDSC2BB48	20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	disk_model	WDC WD1003FBYX-0	20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	distribution		20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	distribution	centos 6.10	20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	kernel		20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	kernel	2.6.32-042stab145.3	20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	layout		20760	1	10
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	layout	simfs	20760	1	10
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	memory		20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	memory	<=1 GiB	20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	ploop		20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	ploop	1.9-1	20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	running		20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	running	yes	20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	services		20760	1	2
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	services	iptables	20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	services	vz	20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	ssd		20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	ssd	yes	20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	teaming		20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	teaming	no	20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	virtualization		20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	virtualization	openvz-legacy	20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	vswap		20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	vswap	yes	20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	vzctl		20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	vzctl	4.3	20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	vzkernel		20760	1	2
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	vzkernel	2.6.32-042stab134.8	20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_day	vzkernel	2.6.32-042stab145.3	20760	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	bonding		2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	bonding	no	2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	container_count		2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	container_count	6-20	2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	containers		2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	containers	yes	2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	cpu_cores		2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	cpu_cores	4	2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	cpu_model		2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	cpu_vendor		2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	cpu_vendor	intel	2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ct_cpus		2966	1	10
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ct_cpus	2	2966	1	2
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ct_cpus	unset	2966	1	8
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ct_disk		2966	1	10
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ct_disk	<=10G	2966	1	5
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ct_disk	<=20G	2966	1	3
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ct_disk	<=50G	2966	1	2
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ct_features		2966	1	3
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ct_features	nfs	2966	1	2
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ct_features	ppp	2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ct_os		2966	1	10
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ct_os	centos-6	2966	1	6
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ct_os	debian-7	2966	1	2
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ct_os	other	2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ct_os	ubuntu-14.04	2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ct_ram		2966	1	10
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ct_ram	<=1G	2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ct_ram	<=2G	2966	1	2
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ct_ram	<=512M	2966	1	3
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ct_ram	unlimited	2966	1	4
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	disk_kind		2966	1	2
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	disk_kind	hdd	2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	disk_kind	ssd	2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	disk_model		2966	1	2
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	disk_model	INTEL SSDSC2BB48	2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	disk_model	WDC WD1003FBYX-0	2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	distribution		2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	distribution	centos 6.10	2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	kernel		2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	kernel	2.6.32-042stab145.3	2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	layout		2966	1	10
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	layout	simfs	2966	1	10
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	memory		2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	memory	<=1 GiB	2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ploop		2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ploop	1.9-1	2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	running		2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	running	yes	2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	services		2966	1	2
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	services	iptables	2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	services	vz	2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ssd		2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	ssd	yes	2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	teaming		2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	teaming	no	2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	virtualization		2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	virtualization	openvz-legacy	2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	vswap		2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	vswap	yes	2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	vzctl		2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	vzctl	4.3	2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	vzkernel		2966	1	2
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	vzkernel	2.6.32-042stab134.8	2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	dist_week	vzkernel	2.6.32-042stab145.3	2966	1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	host_day			20760	1	0
6432abc7-e99a-4aa3-a992-d2b8955e4d41	reports			2966	1	0
6432abc7-e99a-4aa3-a992-d2b8955e4d41	week_active			2966	1	0
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	bonding		20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	bonding	no	20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	container_count		20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	container_count	6-20	20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	containers		20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	containers	yes	20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	cpu_cores		20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	cpu_cores	4	20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	cpu_model		20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	cpu_vendor		20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	cpu_vendor	intel	20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	ct_cpus		20760	1	10
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	ct_cpus	2	20760	1	2
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	ct_cpus	unset	20760	1	8
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	ct_disk		20760	1	10
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	ct_disk	<=10G	20760	1	5
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	ct_disk	<=20G	20760	1	3
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	ct_disk	<=50G	20760	1	2
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	ct_features		20760	1	3
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	ct_features	nfs	20760	1	2
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	ct_features	ppp	20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	ct_os		20760	1	10
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	ct_os	centos-6	20760	1	6
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	ct_os	debian-7	20760	1	2
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	ct_os	other	20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	ct_os	ubuntu-14.04	20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	ct_ram		20760	1	10
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	ct_ram	<=1G	20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	ct_ram	<=2G	20760	1	2
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	ct_ram	<=512M	20760	1	3
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	ct_ram	unlimited	20760	1	4
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	disk_kind		20760	1	2
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	disk_kind	hdd	20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	disk_kind	ssd	20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	disk_model		20760	1	2
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	disk_model	INTEL SSDSC2BB48	20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	disk_model	WDC WD1003FBYX-0	20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	distribution		20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	distribution	centos 6.10	20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	kernel		20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	kernel	2.6.32-042stab145.3	20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	layout		20760	1	10
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	layout	simfs	20760	1	10
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	memory		20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	memory	<=1 GiB	20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	ploop		20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	ploop	1.9-1	20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	running		20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	running	yes	20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	services		20760	1	2
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	services	iptables	20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	services	vz	20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	ssd		20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	ssd	yes	20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	teaming		20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	teaming	no	20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	virtualization		20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	virtualization	openvz-legacy	20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	vswap		20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	vswap	yes	20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	vzctl		20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	vzctl	4.3	20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	vzkernel		20760	1	2
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	vzkernel	2.6.32-042stab134.8	20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_day	vzkernel	2.6.32-042stab145.3	20760	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	bonding		2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	bonding	no	2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	container_count		2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	container_count	6-20	2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	containers		2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	containers	yes	2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	cpu_cores		2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	cpu_cores	4	2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	cpu_model		2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	cpu_vendor		2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	cpu_vendor	intel	2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ct_cpus		2966	1	10
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ct_cpus	2	2966	1	2
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ct_cpus	unset	2966	1	8
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ct_disk		2966	1	10
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ct_disk	<=10G	2966	1	5
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ct_disk	<=20G	2966	1	3
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ct_disk	<=50G	2966	1	2
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ct_features		2966	1	3
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ct_features	nfs	2966	1	2
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ct_features	ppp	2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ct_os		2966	1	10
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ct_os	centos-6	2966	1	6
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ct_os	debian-7	2966	1	2
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ct_os	other	2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ct_os	ubuntu-14.04	2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ct_ram		2966	1	10
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ct_ram	<=1G	2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ct_ram	<=2G	2966	1	2
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ct_ram	<=512M	2966	1	3
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ct_ram	unlimited	2966	1	4
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	disk_kind		2966	1	2
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	disk_kind	hdd	2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	disk_kind	ssd	2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	disk_model		2966	1	2
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	disk_model	INTEL SSDSC2BB48	2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	disk_model	WDC WD1003FBYX-0	2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	distribution		2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	distribution	centos 6.10	2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	kernel		2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	kernel	2.6.32-042stab145.3	2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	layout		2966	1	10
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	layout	simfs	2966	1	10
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	memory		2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	memory	<=1 GiB	2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ploop		2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ploop	1.9-1	2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	running		2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	running	yes	2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	services		2966	1	2
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	services	iptables	2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	services	vz	2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ssd		2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	ssd	yes	2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	teaming		2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	teaming	no	2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	virtualization		2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	virtualization	openvz-legacy	2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	vswap		2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	vswap	yes	2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	vzctl		2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	vzctl	4.3	2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	vzkernel		2966	1	2
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	vzkernel	2.6.32-042stab134.8	2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	dist_week	vzkernel	2.6.32-042stab145.3	2966	1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	host_day			20760	1	0
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	reports			2966	1	0
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	week_active			2966	1	0
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	bonding		2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	bonding	yes	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	container_count		2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	container_count	1-5	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	containers		2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	containers	yes	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	cpu_cores		2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	cpu_cores	4	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	cpu_model		2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	cpu_vendor		2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	cpu_vendor	intel	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ct_cpus		2967	1	4
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ct_cpus	2	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ct_cpus	<=4	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ct_cpus	unset	2967	1	2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ct_disk		2967	1	4
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ct_disk	<=10G	2967	1	2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ct_disk	<=50G	2967	1	2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ct_features		2967	1	2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ct_features	fuse	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ct_features	nfs	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ct_os		2967	1	4
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ct_os	centos-7	2967	1	2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ct_os	other	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ct_os	ubuntu-16.04	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ct_ram		2967	1	4
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ct_ram	<=1G	2967	1	2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ct_ram	<=2G	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ct_ram	<=4G	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	disk_kind		2967	1	3
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	disk_kind	hdd	2967	1	2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	disk_kind	nvme	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	disk_model		2967	1	3
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	disk_model	ST2000NM0055-1V4	2967	1	2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	distribution		2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	distribution	virtuozzo 7	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	guest_os		2967	1	2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	guest_os	centos	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	guest_os	windows	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	kernel		2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	kernel	3.10.0-1160.80.1.vz7.191.4	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	layout		2967	1	4
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	layout	ploop	2967	1	4
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	memory		2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	memory	128-256 GiB	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ploop		2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ploop	7.0.93-1.vz7	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	prlctl		2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	prlctl	7.0.182	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	readykernel		2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	readykernel	yes	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	readykernel_patch		2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	readykernel_patch	89.0-r1	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	running		2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	running	yes	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	services		2967	1	6
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	services	firewalld	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	services	libvirtd	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	services	prl-disp	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	services	tuned	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	services	vcmmd	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	services	vz	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ssd		2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ssd	yes	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	teaming		2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	teaming	no	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	templates		2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	templates	centos-6	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	virtualization		2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	virtualization	vz7	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	vm_memory		2967	1	2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	vm_memory	<=2G	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	vm_memory	<=8G	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	vm_vcpus		2967	1	2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	vm_vcpus	2	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	vm_vcpus	<=4	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	vms		2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	vms	yes	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	vswap		2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	vswap	yes	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	vzctl		2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	vzctl	7.0.229	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	vzkernel		2967	1	2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	vzkernel	3.10.0-1160.80.1.vz7.191.4	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	vzkernel	3.10.0-514.26.1.vz7.33.22	2967	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	new_hosts			2967	1	0
a67d5df8-aa77-4c4c-a04a-d9998f54394b	reports			2967	1	0
a67d5df8-aa77-4c4c-a04a-d9998f54394b	week_active			2967	1	0
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	bonding		2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	bonding	yes	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	container_count		2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	container_count	1-5	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	containers		2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	containers	yes	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	cpu_cores		2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	cpu_cores	4	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	cpu_model		2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	cpu_vendor		2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	cpu_vendor	intel	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ct_cpus		2967	1	4
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ct_cpus	2	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ct_cpus	<=4	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ct_cpus	unset	2967	1	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ct_disk		2967	1	4
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ct_disk	<=10G	2967	1	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ct_disk	<=50G	2967	1	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ct_features		2967	1	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ct_features	fuse	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ct_features	nfs	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ct_os		2967	1	4
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ct_os	centos-7	2967	1	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ct_os	other	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ct_os	ubuntu-16.04	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ct_ram		2967	1	4
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ct_ram	<=1G	2967	1	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ct_ram	<=2G	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ct_ram	<=4G	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	disk_kind		2967	1	3
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	disk_kind	hdd	2967	1	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	disk_kind	nvme	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	disk_model		2967	1	3
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	disk_model	ST2000NM0055-1V4	2967	1	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	distribution		2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	distribution	virtuozzo 7	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	guest_os		2967	1	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	guest_os	centos	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	guest_os	windows	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	kernel		2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	kernel	3.10.0-1160.80.1.vz7.191.4	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	layout		2967	1	4
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	layout	ploop	2967	1	4
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	memory		2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	memory	128-256 GiB	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ploop		2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ploop	7.0.93-1.vz7	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	prlctl		2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	prlctl	7.0.182	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	readykernel		2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	readykernel	yes	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	readykernel_patch		2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	readykernel_patch	89.0-r1	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	running		2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	running	yes	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	services		2967	1	6
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	services	firewalld	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	services	libvirtd	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	services	prl-disp	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	services	tuned	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	services	vcmmd	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	services	vz	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ssd		2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ssd	yes	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	teaming		2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	teaming	no	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	templates		2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	templates	centos-6	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	virtualization		2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	virtualization	vz7	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	vm_memory		2967	1	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	vm_memory	<=2G	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	vm_memory	<=8G	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	vm_vcpus		2967	1	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	vm_vcpus	2	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	vm_vcpus	<=4	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	vms		2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	vms	yes	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	vswap		2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	vswap	yes	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	vzctl		2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	vzctl	7.0.229	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	vzkernel		2967	1	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	vzkernel	3.10.0-1160.80.1.vz7.191.4	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	vzkernel	3.10.0-514.26.1.vz7.33.22	2967	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	new_hosts			2967	1	0
8a0c9444-15a3-48f7-a5da-10df6c3497cf	reports			2967	1	0
8a0c9444-15a3-48f7-a5da-10df6c3497cf	week_active			2967	1	0
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	bonding		2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	bonding	yes	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	container_count		2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	container_count	1-5	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	containers		2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	containers	yes	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	cpu_cores		2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	cpu_cores	4	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	cpu_model		2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	cpu_vendor		2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	cpu_vendor	intel	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ct_cpus		2967	1	4
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ct_cpus	2	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ct_cpus	<=4	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ct_cpus	unset	2967	1	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ct_disk		2967	1	4
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ct_disk	<=10G	2967	1	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ct_disk	<=50G	2967	1	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ct_features		2967	1	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ct_features	fuse	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ct_features	nfs	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ct_os		2967	1	4
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ct_os	centos-7	2967	1	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ct_os	other	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ct_os	ubuntu-16.04	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ct_ram		2967	1	4
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ct_ram	<=1G	2967	1	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ct_ram	<=2G	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ct_ram	<=4G	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	disk_kind		2967	1	3
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	disk_kind	hdd	2967	1	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	disk_kind	nvme	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	disk_model		2967	1	3
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	disk_model	ST2000NM0055-1V4	2967	1	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	distribution		2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	distribution	virtuozzo 7	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	guest_os		2967	1	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	guest_os	centos	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	guest_os	windows	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	kernel		2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	kernel	3.10.0-1160.80.1.vz7.191.4	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	layout		2967	1	4
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	layout	ploop	2967	1	4
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	memory		2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	memory	128-256 GiB	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ploop		2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ploop	7.0.93-1.vz7	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	prlctl		2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	prlctl	7.0.182	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	readykernel		2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	readykernel	yes	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	readykernel_patch		2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	readykernel_patch	89.0-r1	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	running		2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	running	yes	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	services		2967	1	6
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	services	firewalld	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	services	libvirtd	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	services	prl-disp	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	services	tuned	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	services	vcmmd	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	services	vz	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ssd		2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ssd	yes	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	teaming		2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	teaming	no	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	templates		2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	templates	centos-6	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	virtualization		2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	virtualization	vz7	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	vm_memory		2967	1	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	vm_memory	<=2G	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	vm_memory	<=8G	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	vm_vcpus		2967	1	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	vm_vcpus	2	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	vm_vcpus	<=4	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	vms		2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	vms	yes	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	vswap		2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	vswap	yes	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	vzctl		2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	vzctl	7.0.229	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	vzkernel		2967	1	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	vzkernel	3.10.0-1160.80.1.vz7.191.4	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	vzkernel	3.10.0-514.26.1.vz7.33.22	2967	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	new_hosts			2967	1	0
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	reports			2967	1	0
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	week_active			2967	1	0
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	bonding		2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	bonding	yes	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	container_count		2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	container_count	1-5	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	containers		2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	containers	yes	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	cpu_cores		2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	cpu_cores	4	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	cpu_model		2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	cpu_vendor		2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	cpu_vendor	intel	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ct_cpus		2967	1	4
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ct_cpus	2	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ct_cpus	<=4	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ct_cpus	unset	2967	1	2
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ct_disk		2967	1	4
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ct_disk	<=10G	2967	1	2
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ct_disk	<=50G	2967	1	2
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ct_features		2967	1	2
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ct_features	fuse	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ct_features	nfs	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ct_os		2967	1	4
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ct_os	centos-7	2967	1	2
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ct_os	other	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ct_os	ubuntu-16.04	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ct_ram		2967	1	4
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ct_ram	<=1G	2967	1	2
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ct_ram	<=2G	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ct_ram	<=4G	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	disk_kind		2967	1	3
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	disk_kind	hdd	2967	1	2
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	disk_kind	nvme	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	disk_model		2967	1	3
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	disk_model	ST2000NM0055-1V4	2967	1	2
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	distribution		2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	distribution	virtuozzo 7	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	guest_os		2967	1	2
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	guest_os	centos	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	guest_os	windows	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	kernel		2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	kernel	3.10.0-1160.80.1.vz7.191.4	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	layout		2967	1	4
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	layout	ploop	2967	1	4
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	memory		2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	memory	128-256 GiB	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ploop		2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ploop	7.0.93-1.vz7	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	prlctl		2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	prlctl	7.0.182	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	readykernel		2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	readykernel	yes	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	readykernel_patch		2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	readykernel_patch	89.0-r1	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	running		2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	running	yes	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	services		2967	1	6
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	services	firewalld	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	services	libvirtd	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	services	prl-disp	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	services	tuned	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	services	vcmmd	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	services	vz	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ssd		2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ssd	yes	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	teaming		2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	teaming	no	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	templates		2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	templates	centos-6	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	virtualization		2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	virtualization	vz7	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	vm_memory		2967	1	2
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	vm_memory	<=2G	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	vm_memory	<=8G	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	vm_vcpus		2967	1	2
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	vm_vcpus	2	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	vm_vcpus	<=4	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	vms		2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	vms	yes	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	vswap		2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	vswap	yes	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	vzctl		2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	vzctl	7.0.229	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	vzkernel		2967	1	2
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	vzkernel	3.10.0-1160.80.1.vz7.191.4	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	vzkernel	3.10.0-514.26.1.vz7.33.22	2967	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	new_hosts			2967	1	0
6d5949ca-4785-4b2c-b863-d9df8c283331	reports			2967	1	0
6d5949ca-4785-4b2c-b863-d9df8c283331	week_active			2967	1	0
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	bonding		2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	bonding	yes	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	container_count		2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	container_count	1-5	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	containers		2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	containers	yes	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	cpu_cores		2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	cpu_cores	4	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	cpu_model		2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	cpu_vendor		2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	cpu_vendor	intel	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ct_cpus		2967	1	4
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ct_cpus	2	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ct_cpus	<=4	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ct_cpus	unset	2967	1	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ct_disk		2967	1	4
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ct_disk	<=10G	2967	1	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ct_disk	<=50G	2967	1	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ct_features		2967	1	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ct_features	fuse	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ct_features	nfs	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ct_os		2967	1	4
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ct_os	centos-7	2967	1	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ct_os	other	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ct_os	ubuntu-16.04	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ct_ram		2967	1	4
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ct_ram	<=1G	2967	1	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ct_ram	<=2G	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ct_ram	<=4G	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	disk_kind		2967	1	3
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	disk_kind	hdd	2967	1	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	disk_kind	nvme	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	disk_model		2967	1	3
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	disk_model	ST2000NM0055-1V4	2967	1	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	distribution		2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	distribution	virtuozzo 7	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	guest_os		2967	1	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	guest_os	centos	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	guest_os	windows	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	kernel		2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	kernel	3.10.0-1160.80.1.vz7.191.4	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	layout		2967	1	4
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	layout	ploop	2967	1	4
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	memory		2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	memory	128-256 GiB	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ploop		2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ploop	7.0.93-1.vz7	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	prlctl		2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	prlctl	7.0.182	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	readykernel		2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	readykernel	yes	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	readykernel_patch		2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	readykernel_patch	89.0-r1	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	running		2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	running	yes	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	services		2967	1	6
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	services	firewalld	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	services	libvirtd	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	services	prl-disp	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	services	tuned	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	services	vcmmd	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	services	vz	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ssd		2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ssd	yes	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	teaming		2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	teaming	no	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	templates		2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	templates	centos-6	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	virtualization		2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	virtualization	vz7	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	vm_memory		2967	1	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	vm_memory	<=2G	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	vm_memory	<=8G	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	vm_vcpus		2967	1	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	vm_vcpus	2	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	vm_vcpus	<=4	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	vms		2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	vms	yes	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	vswap		2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	vswap	yes	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	vzctl		2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	vzctl	7.0.229	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	vzkernel		2967	1	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	vzkernel	3.10.0-1160.80.1.vz7.191.4	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	vzkernel	3.10.0-514.26.1.vz7.33.22	2967	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	new_hosts			2967	1	0
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	reports			2967	1	0
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	week_active			2967	1	0
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	bonding		2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	bonding	yes	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	container_count		2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	container_count	1-5	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	containers		2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	containers	yes	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	cpu_cores		2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	cpu_cores	4	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	cpu_model		2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	cpu_vendor		2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	cpu_vendor	intel	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_cpus		2968	1	4
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_cpus	2	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_cpus	<=4	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_cpus	unset	2968	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_disk		2968	1	4
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_disk	<=10G	2968	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_disk	<=50G	2968	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_features		2968	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_features	fuse	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_features	nfs	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_os		2968	1	4
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_os	centos-7	2968	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_os	other	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_os	ubuntu-16.04	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_ram		2968	1	4
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_ram	<=1G	2968	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_ram	<=2G	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_ram	<=4G	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	disk_kind		2968	1	3
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	disk_kind	hdd	2968	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	disk_kind	nvme	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	disk_model		2968	1	3
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	disk_model	ST2000NM0055-1V4	2968	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	distribution		2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	distribution	virtuozzo 7	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	guest_os		2968	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	guest_os	centos	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	guest_os	windows	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	kernel		2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	kernel	3.10.0-1160.80.1.vz7.191.4	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	layout		2968	1	4
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	layout	ploop	2968	1	4
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	memory		2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	memory	32-64 GiB	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ploop		2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ploop	7.0.93-1.vz7	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	prlctl		2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	prlctl	7.0.182	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	readykernel		2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	readykernel	yes	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	readykernel_patch		2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	readykernel_patch	89.0-r1	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	running		2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	running	yes	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	services		2968	1	6
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	services	firewalld	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	services	libvirtd	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	services	prl-disp	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	services	tuned	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	services	vcmmd	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	services	vz	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ssd		2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ssd	yes	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	teaming		2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	teaming	no	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	templates		2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	templates	centos-6	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	virtualization		2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	virtualization	vz7	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vm_memory		2968	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vm_memory	<=2G	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vm_memory	<=8G	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vm_vcpus		2968	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vm_vcpus	2	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vm_vcpus	<=4	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vms		2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vms	yes	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vswap		2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vswap	yes	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vzctl		2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vzctl	7.0.229	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vzkernel		2968	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vzkernel	3.10.0-1160.80.1.vz7.191.4	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vzkernel	3.10.0-514.26.1.vz7.33.22	2968	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	reports			2968	1	0
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	week_active			2968	1	0
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	bonding		2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	bonding	yes	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	container_count		2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	container_count	1-5	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	containers		2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	containers	yes	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	cpu_cores		2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	cpu_cores	4	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	cpu_model		2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	cpu_vendor		2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	cpu_vendor	intel	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_cpus		2968	1	4
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_cpus	2	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_cpus	<=4	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_cpus	unset	2968	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_disk		2968	1	4
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_disk	<=10G	2968	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_disk	<=50G	2968	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_features		2968	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_features	fuse	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_features	nfs	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_os		2968	1	4
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_os	centos-7	2968	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_os	other	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_os	ubuntu-16.04	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_ram		2968	1	4
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_ram	<=1G	2968	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_ram	<=2G	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_ram	<=4G	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	disk_kind		2968	1	3
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	disk_kind	hdd	2968	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	disk_kind	nvme	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	disk_model		2968	1	3
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	disk_model	ST2000NM0055-1V4	2968	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	distribution		2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	distribution	virtuozzo 7	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	guest_os		2968	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	guest_os	centos	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	guest_os	windows	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	kernel		2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	kernel	3.10.0-1160.80.1.vz7.191.4	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	layout		2968	1	4
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	layout	ploop	2968	1	4
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	memory		2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	memory	32-64 GiB	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ploop		2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ploop	7.0.93-1.vz7	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	prlctl		2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	prlctl	7.0.182	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	readykernel		2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	readykernel	yes	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	readykernel_patch		2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	readykernel_patch	89.0-r1	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	running		2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	running	yes	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	services		2968	1	6
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	services	firewalld	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	services	libvirtd	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	services	prl-disp	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	services	tuned	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	services	vcmmd	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	services	vz	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ssd		2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ssd	yes	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	teaming		2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	teaming	no	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	templates		2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	templates	centos-6	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	virtualization		2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	virtualization	vz7	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vm_memory		2968	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vm_memory	<=2G	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vm_memory	<=8G	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vm_vcpus		2968	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vm_vcpus	2	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vm_vcpus	<=4	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vms		2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vms	yes	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vswap		2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vswap	yes	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vzctl		2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vzctl	7.0.229	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vzkernel		2968	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vzkernel	3.10.0-1160.80.1.vz7.191.4	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vzkernel	3.10.0-514.26.1.vz7.33.22	2968	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	reports			2968	1	0
03f1b2f5-f889-4588-b8df-d423c4a48c86	week_active			2968	1	0
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	bonding		2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	bonding	yes	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	container_count		2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	container_count	1-5	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	containers		2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	containers	yes	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	cpu_cores		2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	cpu_cores	4	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	cpu_model		2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	cpu_vendor		2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	cpu_vendor	intel	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_cpus		2968	1	4
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_cpus	2	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_cpus	<=4	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_cpus	unset	2968	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_disk		2968	1	4
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_disk	<=10G	2968	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_disk	<=50G	2968	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_features		2968	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_features	fuse	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_features	nfs	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_os		2968	1	4
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_os	centos-7	2968	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_os	other	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_os	ubuntu-16.04	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_ram		2968	1	4
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_ram	<=1G	2968	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_ram	<=2G	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_ram	<=4G	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	disk_kind		2968	1	3
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	disk_kind	hdd	2968	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	disk_kind	nvme	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	disk_model		2968	1	3
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	disk_model	ST2000NM0055-1V4	2968	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	distribution		2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	distribution	virtuozzo 7	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	guest_os		2968	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	guest_os	centos	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	guest_os	windows	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	kernel		2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	kernel	3.10.0-1160.80.1.vz7.191.4	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	layout		2968	1	4
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	layout	ploop	2968	1	4
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	memory		2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	memory	32-64 GiB	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ploop		2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ploop	7.0.93-1.vz7	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	prlctl		2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	prlctl	7.0.182	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	readykernel		2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	readykernel	yes	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	readykernel_patch		2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	readykernel_patch	89.0-r1	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	running		2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	running	yes	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	services		2968	1	6
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	services	firewalld	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	services	libvirtd	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	services	prl-disp	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	services	tuned	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	services	vcmmd	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	services	vz	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ssd		2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ssd	yes	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	teaming		2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	teaming	no	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	templates		2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	templates	centos-6	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	virtualization		2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	virtualization	vz7	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vm_memory		2968	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vm_memory	<=2G	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vm_memory	<=8G	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vm_vcpus		2968	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vm_vcpus	2	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vm_vcpus	<=4	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vms		2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vms	yes	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vswap		2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vswap	yes	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vzctl		2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vzctl	7.0.229	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vzkernel		2968	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vzkernel	3.10.0-1160.80.1.vz7.191.4	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vzkernel	3.10.0-514.26.1.vz7.33.22	2968	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	reports			2968	1	0
10d028b7-2096-4f18-ba9a-ff806979ddf7	week_active			2968	1	0
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	bonding		2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	bonding	yes	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	container_count		2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	container_count	1-5	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	containers		2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	containers	yes	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	cpu_cores		2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	cpu_cores	4	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	cpu_model		2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	cpu_vendor		2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	cpu_vendor	intel	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_cpus		2968	1	4
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_cpus	2	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_cpus	<=4	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_cpus	unset	2968	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_disk		2968	1	4
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_disk	<=10G	2968	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_disk	<=50G	2968	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_features		2968	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_features	fuse	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_features	nfs	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_os		2968	1	4
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_os	centos-7	2968	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_os	other	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_os	ubuntu-16.04	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_ram		2968	1	4
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_ram	<=1G	2968	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_ram	<=2G	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_ram	<=4G	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	disk_kind		2968	1	3
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	disk_kind	hdd	2968	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	disk_kind	nvme	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	disk_model		2968	1	3
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	disk_model	ST2000NM0055-1V4	2968	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	distribution		2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	distribution	virtuozzo 7	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	guest_os		2968	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	guest_os	centos	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	guest_os	windows	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	kernel		2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	kernel	3.10.0-1160.80.1.vz7.191.4	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	layout		2968	1	4
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	layout	ploop	2968	1	4
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	memory		2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	memory	32-64 GiB	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ploop		2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ploop	7.0.93-1.vz7	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	prlctl		2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	prlctl	7.0.182	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	readykernel		2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	readykernel	yes	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	readykernel_patch		2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	readykernel_patch	89.0-r1	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	running		2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	running	yes	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	services		2968	1	6
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	services	firewalld	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	services	libvirtd	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	services	prl-disp	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	services	tuned	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	services	vcmmd	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	services	vz	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ssd		2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ssd	yes	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	teaming		2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	teaming	no	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	templates		2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	templates	centos-6	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	virtualization		2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	virtualization	vz7	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vm_memory		2968	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vm_memory	<=2G	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vm_memory	<=8G	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vm_vcpus		2968	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vm_vcpus	2	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vm_vcpus	<=4	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vms		2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vms	yes	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vswap		2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vswap	yes	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vzctl		2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vzctl	7.0.229	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vzkernel		2968	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vzkernel	3.10.0-1160.80.1.vz7.191.4	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vzkernel	3.10.0-514.26.1.vz7.33.22	2968	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	reports			2968	1	0
a3997855-16f0-4b80-9944-1b6e8941c40a	week_active			2968	1	0
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	bonding		2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	bonding	yes	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	container_count		2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	container_count	1-5	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	containers		2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	containers	yes	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	cpu_cores		2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	cpu_cores	4	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	cpu_model		2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	cpu_vendor		2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	cpu_vendor	intel	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_cpus		2968	1	4
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_cpus	2	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_cpus	<=4	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_cpus	unset	2968	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_disk		2968	1	4
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_disk	<=10G	2968	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_disk	<=50G	2968	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_features		2968	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_features	fuse	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_features	nfs	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_os		2968	1	4
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_os	centos-7	2968	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_os	other	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_os	ubuntu-16.04	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_ram		2968	1	4
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_ram	<=1G	2968	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_ram	<=2G	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_ram	<=4G	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	disk_kind		2968	1	3
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	disk_kind	hdd	2968	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	disk_kind	nvme	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	disk_model		2968	1	3
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	disk_model	ST2000NM0055-1V4	2968	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	distribution		2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	distribution	virtuozzo 7	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	guest_os		2968	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	guest_os	centos	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	guest_os	windows	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	kernel		2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	kernel	3.10.0-1160.80.1.vz7.191.4	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	layout		2968	1	4
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	layout	ploop	2968	1	4
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	memory		2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	memory	32-64 GiB	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ploop		2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ploop	7.0.93-1.vz7	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	prlctl		2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	prlctl	7.0.182	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	readykernel		2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	readykernel	yes	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	readykernel_patch		2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	readykernel_patch	89.0-r1	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	running		2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	running	yes	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	services		2968	1	6
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	services	firewalld	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	services	libvirtd	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	services	prl-disp	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	services	tuned	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	services	vcmmd	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	services	vz	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ssd		2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ssd	yes	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	teaming		2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	teaming	no	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	templates		2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	templates	centos-6	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	virtualization		2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	virtualization	vz7	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vm_memory		2968	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vm_memory	<=2G	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vm_memory	<=8G	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vm_vcpus		2968	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vm_vcpus	2	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vm_vcpus	<=4	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vms		2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vms	yes	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vswap		2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vswap	yes	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vzctl		2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vzctl	7.0.229	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vzkernel		2968	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vzkernel	3.10.0-1160.80.1.vz7.191.4	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vzkernel	3.10.0-514.26.1.vz7.33.22	2968	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	reports			2968	1	0
464064af-3816-47c7-ae0c-e7bee87acb41	week_active			2968	1	0
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	bonding		2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	bonding	yes	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	container_count		2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	container_count	1-5	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	containers		2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	containers	yes	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	cpu_cores		2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	cpu_cores	4	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	cpu_model		2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	cpu_vendor		2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	cpu_vendor	intel	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_cpus	2	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_cpus	unset	2968	1	3
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_disk	<=10G	2968	1	2
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_disk	<=20G	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_disk	<=50G	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_features		2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_features	nfs	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_os	centos-7	2968	1	2
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_ram	<=2G	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_ram	<=4G	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	disk_kind		2968	1	3
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	disk_kind	hdd	2968	1	2
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	disk_kind	nvme	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	disk_model		2968	1	3
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	disk_model	ST2000NM0055-1V4	2968	1	2
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	distribution		2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	distribution	virtuozzo 7	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	guest_os		2968	1	2
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	guest_os	centos	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	guest_os	windows	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	kernel		2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	layout	simfs	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	memory		2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	memory	32-64 GiB	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ploop		2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	prlctl		2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	readykernel		2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	readykernel	yes	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	readykernel_patch		2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	readykernel_patch	89.0-r1	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	running		2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	running	yes	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	services		2968	1	6
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	services	firewalld	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	services	libvirtd	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	services	prl-disp	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	services	tuned	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	services	vcmmd	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	services	vz	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ssd		2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ssd	yes	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	teaming		2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	teaming	no	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	virtualization		2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	virtualization	vz7	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vm_memory		2968	1	2
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vm_memory	<=2G	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vm_memory	<=8G	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vm_vcpus		2968	1	2
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vm_vcpus	2	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vm_vcpus	<=4	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vms		2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vms	yes	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vswap		2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vswap	yes	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vzctl		2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	week_active			2968	1	0
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	bonding		2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	bonding	yes	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	container_count		2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	container_count	1-5	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	containers		2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	containers	yes	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	cpu_cores		2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	cpu_cores	4	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	cpu_model		2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	cpu_vendor		2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	cpu_vendor	intel	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_cpus	2	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_cpus	unset	2968	1	3
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_disk	<=10G	2968	1	2
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_disk	<=20G	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_disk	<=50G	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_features		2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_features	nfs	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_os	centos-7	2968	1	2
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_ram	<=2G	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_ram	<=4G	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	disk_kind		2968	1	3
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	disk_kind	hdd	2968	1	2
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	disk_kind	nvme	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	disk_model		2968	1	3
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	disk_model	ST2000NM0055-1V4	2968	1	2
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	distribution		2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	distribution	virtuozzo 7	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	guest_os		2968	1	2
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	guest_os	centos	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	guest_os	windows	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	kernel		2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	layout	simfs	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	memory		2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	memory	32-64 GiB	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ploop		2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	prlctl		2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	readykernel		2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	readykernel	yes	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	readykernel_patch		2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	readykernel_patch	89.0-r1	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	running		2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	running	yes	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	services		2968	1	6
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	services	firewalld	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	services	libvirtd	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	services	prl-disp	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	services	tuned	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	services	vcmmd	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	services	vz	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ssd		2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ssd	yes	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	teaming		2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	teaming	no	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	virtualization		2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	virtualization	vz7	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vm_memory		2968	1	2
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vm_memory	<=2G	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vm_memory	<=8G	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vm_vcpus		2968	1	2
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vm_vcpus	2	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vm_vcpus	<=4	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vms		2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vms	yes	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vswap		2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vswap	yes	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vzctl		2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	week_active			2968	1	0
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	bonding		2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	bonding	yes	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	container_count		2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	container_count	1-5	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	containers		2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	containers	yes	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	cpu_cores		2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	cpu_cores	4	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	cpu_model		2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	cpu_vendor		2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	cpu_vendor	intel	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_cpus	2	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_cpus	unset	2968	1	3
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_disk	<=10G	2968	1	2
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_disk	<=20G	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_disk	<=50G	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_features		2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_features	nfs	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_os	centos-7	2968	1	2
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_ram	<=2G	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_ram	<=4G	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	disk_kind		2968	1	3
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	disk_kind	hdd	2968	1	2
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	disk_kind	nvme	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	disk_model		2968	1	3
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	disk_model	ST2000NM0055-1V4	2968	1	2
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	distribution		2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	distribution	virtuozzo 7	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	guest_os		2968	1	2
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	guest_os	centos	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	guest_os	windows	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	kernel		2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	layout	simfs	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	memory		2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	memory	32-64 GiB	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ploop		2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	prlctl		2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	readykernel		2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	readykernel	yes	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	readykernel_patch		2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	readykernel_patch	89.0-r1	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	running		2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	running	yes	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	services		2968	1	6
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	services	firewalld	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	services	libvirtd	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	services	prl-disp	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	services	tuned	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	services	vcmmd	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	services	vz	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ssd		2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ssd	yes	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	teaming		2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	teaming	no	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	virtualization		2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	virtualization	vz7	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vm_memory		2968	1	2
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vm_memory	<=2G	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vm_memory	<=8G	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vm_vcpus		2968	1	2
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vm_vcpus	2	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vm_vcpus	<=4	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vms		2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vms	yes	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vswap		2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vswap	yes	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vzctl		2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	week_active			2968	1	0
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vzkernel		2968	1	2
31d6d449-e63a-4614-8a66-562a07797427	dist_week	bonding		2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	bonding	yes	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	container_count		2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	container_count	1-5	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	containers		2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	containers	yes	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	cpu_cores		2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	cpu_cores	4	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	cpu_model		2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	cpu_vendor		2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	cpu_vendor	intel	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_cpus	2	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_cpus	unset	2968	1	3
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_disk	<=10G	2968	1	2
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_disk	<=20G	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_disk	<=50G	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_features		2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_features	nfs	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_os	centos-7	2968	1	2
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_ram	<=2G	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_ram	<=4G	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	disk_kind		2968	1	3
31d6d449-e63a-4614-8a66-562a07797427	dist_week	disk_kind	hdd	2968	1	2
31d6d449-e63a-4614-8a66-562a07797427	dist_week	disk_kind	nvme	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	disk_model		2968	1	3
31d6d449-e63a-4614-8a66-562a07797427	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	disk_model	ST2000NM0055-1V4	2968	1	2
31d6d449-e63a-4614-8a66-562a07797427	dist_week	distribution		2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	distribution	virtuozzo 7	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	guest_os		2968	1	2
31d6d449-e63a-4614-8a66-562a07797427	dist_week	guest_os	centos	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	guest_os	windows	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	kernel		2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	layout	simfs	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	memory		2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	memory	32-64 GiB	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ploop		2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	prlctl		2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	readykernel		2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	readykernel	yes	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	readykernel_patch		2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	readykernel_patch	89.0-r1	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	running		2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	running	yes	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	services		2968	1	6
31d6d449-e63a-4614-8a66-562a07797427	dist_week	services	firewalld	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	services	libvirtd	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	services	prl-disp	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	services	tuned	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	services	vcmmd	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	services	vz	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ssd		2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ssd	yes	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	teaming		2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	teaming	no	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	virtualization		2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	virtualization	vz7	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vm_memory		2968	1	2
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vm_memory	<=2G	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vm_memory	<=8G	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vm_vcpus		2968	1	2
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vm_vcpus	2	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vm_vcpus	<=4	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vms		2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vms	yes	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vswap		2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vswap	yes	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vzctl		2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	week_active			2968	1	0
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	bonding		2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	bonding	yes	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	container_count		2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	container_count	1-5	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	containers		2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	containers	yes	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	cpu_cores		2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	cpu_cores	4	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	cpu_model		2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	cpu_vendor		2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	cpu_vendor	intel	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_cpus	2	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_cpus	unset	2968	1	3
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_disk	<=10G	2968	1	2
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_disk	<=20G	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_disk	<=50G	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_features		2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_features	nfs	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_os	centos-7	2968	1	2
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_ram	<=2G	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_ram	<=4G	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	disk_kind		2968	1	3
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	disk_kind	hdd	2968	1	2
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	disk_kind	nvme	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	disk_model		2968	1	3
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	disk_model	ST2000NM0055-1V4	2968	1	2
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	distribution		2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	distribution	virtuozzo 7	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	guest_os		2968	1	2
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	guest_os	centos	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	guest_os	windows	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	kernel		2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	layout	simfs	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	memory		2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	memory	32-64 GiB	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ploop		2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	prlctl		2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	readykernel		2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	readykernel	yes	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	readykernel_patch		2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	readykernel_patch	89.0-r1	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	running		2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	running	yes	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	services		2968	1	6
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	services	firewalld	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	services	libvirtd	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	services	prl-disp	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	services	tuned	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	services	vcmmd	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	services	vz	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ssd		2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ssd	yes	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	teaming		2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	teaming	no	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	virtualization		2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	virtualization	vz7	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vm_memory		2968	1	2
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vm_memory	<=2G	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vm_memory	<=8G	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vm_vcpus		2968	1	2
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vm_vcpus	2	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vm_vcpus	<=4	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vms		2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vms	yes	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vswap		2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vswap	yes	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vzctl		2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	week_active			2968	1	0
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	bonding		2968	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	bonding	no	2968	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	cpu_cores		2968	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	cpu_cores	4	2968	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	cpu_model		2968	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	cpu_model	AMD EPYC 7302P 16-Core Processor	2968	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	cpu_vendor		2968	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	cpu_vendor	amd	2968	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	disk_kind		2968	1	2
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	disk_kind	hdd	2968	1	2
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	distribution		2968	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	distribution	debian 12	2968	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	kernel		2968	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	kernel	6.1.0-26-amd64	2968	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	memory		2968	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	memory	4-8 GiB	2968	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	services		2968	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	services	libvirtd	2968	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	ssd		2968	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	ssd	no	2968	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	teaming		2968	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	teaming	no	2968	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	virtualization		2968	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	virtualization	other	2968	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	reports			2968	1	0
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	week_active			2968	1	0
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vzkernel		2968	1	2
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	bonding		2968	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	bonding	no	2968	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	cpu_cores		2968	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	cpu_cores	4	2968	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	cpu_model		2968	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	cpu_model	AMD EPYC 7302P 16-Core Processor	2968	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	cpu_vendor		2968	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	cpu_vendor	amd	2968	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	disk_kind		2968	1	2
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	disk_kind	hdd	2968	1	2
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	distribution		2968	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	distribution	debian 12	2968	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	kernel		2968	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	kernel	6.1.0-26-amd64	2968	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	memory		2968	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	memory	4-8 GiB	2968	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	services		2968	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	services	libvirtd	2968	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	ssd		2968	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	ssd	no	2968	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	teaming		2968	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	teaming	no	2968	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	virtualization		2968	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	virtualization	other	2968	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	reports			2968	1	0
f28f8424-1f7b-462c-bbd3-e0732b1e6846	week_active			2968	1	0
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	bonding		2968	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	bonding	no	2968	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	cpu_cores		2968	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	cpu_cores	4	2968	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	cpu_model		2968	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	cpu_model	AMD EPYC 7302P 16-Core Processor	2968	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	cpu_vendor		2968	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	cpu_vendor	amd	2968	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	disk_kind		2968	1	2
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	disk_kind	hdd	2968	1	2
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	distribution		2968	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	distribution	debian 12	2968	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	kernel		2968	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	kernel	6.1.0-26-amd64	2968	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	memory		2968	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	memory	4-8 GiB	2968	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	services		2968	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	services	libvirtd	2968	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	ssd		2968	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	ssd	no	2968	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	teaming		2968	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	teaming	no	2968	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	virtualization		2968	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	virtualization	other	2968	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	reports			2968	1	0
85a31e9a-09a7-4423-bcbc-9409884f4223	week_active			2968	1	0
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	bonding		2968	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	bonding	no	2968	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	cpu_cores		2968	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	cpu_cores	4	2968	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	cpu_model		2968	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	cpu_model	AMD EPYC 7302P 16-Core Processor	2968	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	cpu_vendor		2968	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	cpu_vendor	amd	2968	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	disk_kind		2968	1	2
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	disk_kind	hdd	2968	1	2
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	distribution		2968	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	distribution	debian 12	2968	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	kernel		2968	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	kernel	6.1.0-26-amd64	2968	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	memory		2968	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	memory	4-8 GiB	2968	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	services		2968	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	services	libvirtd	2968	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	ssd		2968	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	ssd	no	2968	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	teaming		2968	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	teaming	no	2968	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	virtualization		2968	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	virtualization	other	2968	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	reports			2968	1	0
f09444ea-c240-4c5b-af7f-9ed0ae16b423	week_active			2968	1	0
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	bonding		2968	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	bonding	no	2968	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	cpu_cores		2968	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	cpu_cores	4	2968	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	cpu_model		2968	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	cpu_model	AMD EPYC 7302P 16-Core Processor	2968	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	cpu_vendor		2968	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	cpu_vendor	amd	2968	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	disk_kind		2968	1	2
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	disk_kind	hdd	2968	1	2
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	distribution		2968	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	distribution	debian 12	2968	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	kernel		2968	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	kernel	6.1.0-26-amd64	2968	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	memory		2968	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	memory	4-8 GiB	2968	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	services		2968	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	services	libvirtd	2968	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	ssd		2968	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	ssd	no	2968	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	teaming		2968	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	teaming	no	2968	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	virtualization		2968	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	virtualization	other	2968	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	reports			2968	1	0
a22744bc-a4b4-499a-b378-f4e9f3317332	week_active			2968	1	0
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	container_count		2968	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	container_count	6-20	2968	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	containers		2968	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	containers	yes	2968	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	cpu_cores		2968	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	cpu_cores	4	2968	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	cpu_model		2968	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2968	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	cpu_vendor		2968	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	cpu_vendor	Intel	2968	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	ct_os		2968	1	3
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	ct_os	centos-6	2968	1	2
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	ct_os	debian-7.0	2968	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	distribution		2968	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	distribution	vzlinux 7.3	2968	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	kernel		2968	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	kernel	2.6.32-042stab145.3	2968	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	layout		2968	1	9
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	layout	ploop	2968	1	4
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	layout	simfs	2968	1	5
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	memory		2968	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	memory	<=1 GiB	2968	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	ploop		2968	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	ploop	1.15	2968	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	running		2968	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	running	yes	2968	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	virtualization		2968	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	virtualization	openvz-legacy	2968	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	vswap		2968	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	vswap	yes	2968	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	vzctl		2968	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	vzctl	4.9.4	2968	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	vzkernel		2968	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	vzkernel	2.6.32	2968	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	week_active			2968	1	0
f77a3a71-a168-4180-86df-a8665ef4aaef	reports			2968	2	0
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	container_count		2968	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	container_count	6-20	2968	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	containers		2968	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	containers	yes	2968	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	cpu_cores		2968	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	cpu_cores	4	2968	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	cpu_model		2968	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2968	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	cpu_vendor		2968	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	cpu_vendor	Intel	2968	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	ct_os		2968	1	3
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	ct_os	centos-6	2968	1	2
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	ct_os	debian-7.0	2968	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	distribution		2968	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	distribution	vzlinux 7.3	2968	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	kernel		2968	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	kernel	2.6.32-042stab145.3	2968	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	layout		2968	1	9
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	layout	ploop	2968	1	4
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	layout	simfs	2968	1	5
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	memory		2968	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	memory	<=1 GiB	2968	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	ploop		2968	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	ploop	1.15	2968	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	running		2968	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	running	yes	2968	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	virtualization		2968	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	virtualization	openvz-legacy	2968	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	vswap		2968	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	vswap	yes	2968	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	vzctl		2968	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	vzctl	4.9.4	2968	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	vzkernel		2968	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	vzkernel	2.6.32	2968	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	week_active			2968	1	0
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	reports			2968	2	0
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	container_count		2968	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	container_count	6-20	2968	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	containers		2968	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	containers	yes	2968	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	cpu_cores		2968	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	cpu_cores	4	2968	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	cpu_model		2968	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2968	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	cpu_vendor		2968	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	cpu_vendor	Intel	2968	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	ct_os		2968	1	3
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	ct_os	centos-6	2968	1	2
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	ct_os	debian-7.0	2968	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	distribution		2968	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	distribution	vzlinux 7.3	2968	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	kernel		2968	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	kernel	2.6.32-042stab145.3	2968	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	layout		2968	1	9
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	layout	ploop	2968	1	4
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	layout	simfs	2968	1	5
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	memory		2968	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	memory	<=1 GiB	2968	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	ploop		2968	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	ploop	1.15	2968	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	running		2968	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	running	yes	2968	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	virtualization		2968	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	virtualization	openvz-legacy	2968	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	vswap		2968	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	vswap	yes	2968	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	vzctl		2968	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	vzctl	4.9.4	2968	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	vzkernel		2968	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	vzkernel	2.6.32	2968	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	week_active			2968	1	0
c3601b2c-18ca-4520-82e2-e5e36455db1f	reports			2968	2	0
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	container_count		2968	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	container_count	6-20	2968	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	containers		2968	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	containers	yes	2968	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	cpu_cores		2968	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	cpu_cores	4	2968	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	cpu_model		2968	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2968	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	cpu_vendor		2968	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	cpu_vendor	Intel	2968	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	ct_os		2968	1	3
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	ct_os	centos-6	2968	1	2
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	ct_os	debian-7.0	2968	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	distribution		2968	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	distribution	vzlinux 7.3	2968	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	kernel		2968	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	kernel	2.6.32-042stab145.3	2968	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	layout		2968	1	9
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	layout	ploop	2968	1	4
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	layout	simfs	2968	1	5
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	memory		2968	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	memory	<=1 GiB	2968	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	ploop		2968	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	ploop	1.15	2968	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	running		2968	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	running	yes	2968	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	virtualization		2968	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	virtualization	openvz-legacy	2968	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	vswap		2968	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	vswap	yes	2968	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	vzctl		2968	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	vzctl	4.9.4	2968	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	vzkernel		2968	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	vzkernel	2.6.32	2968	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	week_active			2968	1	0
fbc858d2-2b34-43eb-b041-5e51d8b20d73	reports			2968	2	0
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	container_count		2968	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	container_count	6-20	2968	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	containers		2968	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	containers	yes	2968	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	cpu_cores		2968	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	cpu_cores	4	2968	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	cpu_model		2968	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2968	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	cpu_vendor		2968	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	cpu_vendor	Intel	2968	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	ct_os		2968	1	3
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	ct_os	centos-6	2968	1	2
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	ct_os	debian-7.0	2968	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	distribution		2968	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	distribution	vzlinux 7.3	2968	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	kernel		2968	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	kernel	2.6.32-042stab145.3	2968	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	layout		2968	1	9
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	layout	ploop	2968	1	4
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	layout	simfs	2968	1	5
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	memory		2968	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	memory	<=1 GiB	2968	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	ploop		2968	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	ploop	1.15	2968	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	running		2968	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	running	yes	2968	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	virtualization		2968	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	virtualization	openvz-legacy	2968	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	vswap		2968	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	vswap	yes	2968	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	vzctl		2968	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	vzctl	4.9.4	2968	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	vzkernel		2968	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	vzkernel	2.6.32	2968	1	1
7fa8b641-5c50-419e-8146-282719a7816b	week_active			2968	1	0
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_day	container_count		20774	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_day	container_count	6-20	20774	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_day	containers		20774	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_day	containers	yes	20774	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_day	cpu_model		20774	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_day	cpu_model	Intel(R) Core(TM)2 CPU T7400 @ 2.16GHz	20774	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_day	cpu_vendor		20774	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_day	cpu_vendor	Intel	20774	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_day	ct_os		20774	1	2
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_day	ct_os	debian-7.0	20774	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_day	ct_os	ubuntu-12.04	20774	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_day	distribution		20774	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_day	distribution	vzlinux 7.3	20774	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_day	kernel		20774	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_day	kernel	2.6.32-042stab134.8	20774	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_day	layout		20774	1	9
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_day	layout	ploop	20774	1	4
7fa8b641-5c50-419e-8146-282719a7816b	reports			2968	2	0
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_day	layout	simfs	20774	1	5
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_day	memory		20774	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_day	memory	<=1 GiB	20774	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_day	running		20774	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_day	running	yes	20774	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_day	virtualization		20774	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_day	virtualization	openvz-legacy	20774	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_day	vswap		20774	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_day	vswap	yes	20774	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_day	vzctl		20774	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_day	vzctl	3.0.30.2	20774	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	container_count		2968	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	container_count	6-20	2968	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	containers		2968	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	containers	yes	2968	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	cpu_model		2968	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	cpu_model	Intel(R) Core(TM)2 CPU T7400 @ 2.16GHz	2968	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	cpu_vendor		2968	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	cpu_vendor	Intel	2968	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	ct_os		2968	1	2
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	ct_os	debian-7.0	2968	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	ct_os	ubuntu-12.04	2968	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	distribution		2968	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	distribution	vzlinux 7.3	2968	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	kernel		2968	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	kernel	2.6.32-042stab134.8	2968	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	layout		2968	1	9
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	layout	ploop	2968	1	4
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	layout	simfs	2968	1	5
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	memory		2968	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	memory	<=1 GiB	2968	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	running		2968	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	running	yes	2968	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	virtualization		2968	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	virtualization	openvz-legacy	2968	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	vswap		2968	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	vswap	yes	2968	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	vzctl		2968	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	dist_week	vzctl	3.0.30.2	2968	1	1
d75985c9-475a-41af-ad58-69bd3fbfb596	host_day			20774	1	0
d75985c9-475a-41af-ad58-69bd3fbfb596	reports			2968	1	0
d75985c9-475a-41af-ad58-69bd3fbfb596	week_active			2968	1	0
715ba171-c0de-4a15-9950-b5024eb295fc	dist_day	container_count		20774	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_day	container_count	6-20	20774	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_day	containers		20774	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_day	containers	yes	20774	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_day	cpu_model		20774	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_day	cpu_model	Intel(R) Core(TM)2 CPU T7400 @ 2.16GHz	20774	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_day	cpu_vendor		20774	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_day	cpu_vendor	Intel	20774	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_day	ct_os		20774	1	2
715ba171-c0de-4a15-9950-b5024eb295fc	dist_day	ct_os	debian-7.0	20774	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_day	ct_os	ubuntu-12.04	20774	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_day	distribution		20774	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_day	distribution	vzlinux 7.3	20774	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_day	kernel		20774	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_day	kernel	2.6.32-042stab134.8	20774	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_day	layout		20774	1	9
715ba171-c0de-4a15-9950-b5024eb295fc	dist_day	layout	ploop	20774	1	4
715ba171-c0de-4a15-9950-b5024eb295fc	dist_day	layout	simfs	20774	1	5
715ba171-c0de-4a15-9950-b5024eb295fc	dist_day	memory		20774	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_day	memory	<=1 GiB	20774	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_day	running		20774	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_day	running	yes	20774	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_day	virtualization		20774	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_day	virtualization	openvz-legacy	20774	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_day	vswap		20774	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_day	vswap	yes	20774	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_day	vzctl		20774	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_day	vzctl	3.0.30.2	20774	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	container_count		2968	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	container_count	6-20	2968	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	containers		2968	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	containers	yes	2968	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	cpu_model		2968	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	cpu_model	Intel(R) Core(TM)2 CPU T7400 @ 2.16GHz	2968	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	cpu_vendor		2968	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	cpu_vendor	Intel	2968	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	ct_os		2968	1	2
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	ct_os	debian-7.0	2968	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	ct_os	ubuntu-12.04	2968	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	distribution		2968	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	distribution	vzlinux 7.3	2968	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	kernel		2968	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	kernel	2.6.32-042stab134.8	2968	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	layout		2968	1	9
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	layout	ploop	2968	1	4
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	layout	simfs	2968	1	5
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	memory		2968	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	memory	<=1 GiB	2968	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	running		2968	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	running	yes	2968	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	virtualization		2968	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	virtualization	openvz-legacy	2968	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	vswap		2968	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	vswap	yes	2968	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	vzctl		2968	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	dist_week	vzctl	3.0.30.2	2968	1	1
715ba171-c0de-4a15-9950-b5024eb295fc	host_day			20774	1	0
1a813460-3468-41f9-b8ea-400721f158f0	dist_day	kernel		20774	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_day	kernel	2.6.32-042stab134.8	20774	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_day	layout		20774	1	9
1a813460-3468-41f9-b8ea-400721f158f0	dist_day	layout	ploop	20774	1	4
1a813460-3468-41f9-b8ea-400721f158f0	dist_day	layout	simfs	20774	1	5
1a813460-3468-41f9-b8ea-400721f158f0	dist_day	memory		20774	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_day	memory	<=1 GiB	20774	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_day	running		20774	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_day	running	yes	20774	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_day	virtualization		20774	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_day	virtualization	openvz-legacy	20774	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_day	vswap		20774	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_day	vswap	yes	20774	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_day	vzctl		20774	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_day	vzctl	3.0.30.2	20774	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	container_count		2968	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	container_count	6-20	2968	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	containers		2968	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	containers	yes	2968	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	cpu_model		2968	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	cpu_model	Intel(R) Core(TM)2 CPU T7400 @ 2.16GHz	2968	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	cpu_vendor		2968	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	cpu_vendor	Intel	2968	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	ct_os		2968	1	2
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	ct_os	debian-7.0	2968	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	ct_os	ubuntu-12.04	2968	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	distribution		2968	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	distribution	vzlinux 7.3	2968	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	kernel		2968	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	kernel	2.6.32-042stab134.8	2968	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	layout		2968	1	9
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	layout	ploop	2968	1	4
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	layout	simfs	2968	1	5
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	memory		2968	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	memory	<=1 GiB	2968	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	running		2968	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	running	yes	2968	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	virtualization		2968	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	virtualization	openvz-legacy	2968	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	vswap		2968	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	vswap	yes	2968	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	vzctl		2968	1	1
1a813460-3468-41f9-b8ea-400721f158f0	dist_week	vzctl	3.0.30.2	2968	1	1
1a813460-3468-41f9-b8ea-400721f158f0	host_day			20774	1	0
1a813460-3468-41f9-b8ea-400721f158f0	reports			2968	1	0
1a813460-3468-41f9-b8ea-400721f158f0	week_active			2968	1	0
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_cpus		2968	1	5
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_cpus	<=4	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_disk		2968	1	5
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_disk	<=100G	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_os		2968	1	5
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_os	debian-9.0	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_os	ubuntu-16.04	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_os	vzlinux-7	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_ram		2968	1	5
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_ram	<=1G	2968	1	2
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_ram	<=8G	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	kernel	3.10.0-1160.80.1.vz7.191.4	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	layout		2968	1	5
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	layout	ploop	2968	1	4
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ploop	7.0.270-1.vz7	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	prlctl	7.0.240	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	templates		2968	1	4
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	templates	centos-7	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	templates	debian-9.0	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	templates	ubuntu-16.04	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	templates	vzlinux-7	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vzctl	7.0.229	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vzkernel		2968	1	2
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vzkernel	3.10.0-1160.80.1.vz7.191.4	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vzkernel	3.10.0-514.26.1.vz7.33.22	2968	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	reports			2968	2	0
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_cpus		2968	1	5
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_cpus	<=4	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_disk		2968	1	5
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_disk	<=100G	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_os		2968	1	5
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_os	debian-9.0	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_os	ubuntu-16.04	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_os	vzlinux-7	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_ram		2968	1	5
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_ram	<=1G	2968	1	2
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_ram	<=8G	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	kernel	3.10.0-1160.80.1.vz7.191.4	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	layout		2968	1	5
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	layout	ploop	2968	1	4
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ploop	7.0.270-1.vz7	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	prlctl	7.0.240	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	templates		2968	1	4
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	templates	centos-7	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	templates	debian-9.0	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	templates	ubuntu-16.04	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	templates	vzlinux-7	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vzctl	7.0.229	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vzkernel		2968	1	2
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vzkernel	3.10.0-1160.80.1.vz7.191.4	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vzkernel	3.10.0-514.26.1.vz7.33.22	2968	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	reports			2968	2	0
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_cpus		2968	1	5
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_cpus	<=4	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_disk		2968	1	5
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_disk	<=100G	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_os		2968	1	5
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_os	debian-9.0	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_os	ubuntu-16.04	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_os	vzlinux-7	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_ram		2968	1	5
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_ram	<=1G	2968	1	2
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_ram	<=8G	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	kernel	3.10.0-1160.80.1.vz7.191.4	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	layout		2968	1	5
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	layout	ploop	2968	1	4
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ploop	7.0.270-1.vz7	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	prlctl	7.0.240	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	templates		2968	1	4
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	templates	centos-7	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	templates	debian-9.0	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	templates	ubuntu-16.04	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	templates	vzlinux-7	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vzctl	7.0.229	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vzkernel	3.10.0-1160.80.1.vz7.191.4	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vzkernel	3.10.0-514.26.1.vz7.33.22	2968	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	reports			2968	2	0
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_cpus		2968	1	5
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_cpus	<=4	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_disk		2968	1	5
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_disk	<=100G	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_os		2968	1	5
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_os	debian-9.0	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_os	ubuntu-16.04	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_os	vzlinux-7	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_ram		2968	1	5
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_ram	<=1G	2968	1	2
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_ram	<=8G	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	kernel	3.10.0-1160.80.1.vz7.191.4	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	layout		2968	1	5
31d6d449-e63a-4614-8a66-562a07797427	dist_week	layout	ploop	2968	1	4
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ploop	7.0.270-1.vz7	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	prlctl	7.0.240	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	templates		2968	1	4
31d6d449-e63a-4614-8a66-562a07797427	dist_week	templates	centos-7	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	templates	debian-9.0	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	templates	ubuntu-16.04	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	templates	vzlinux-7	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vzctl	7.0.229	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vzkernel		2968	1	2
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vzkernel	3.10.0-1160.80.1.vz7.191.4	2968	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vzkernel	3.10.0-514.26.1.vz7.33.22	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_cpus		2968	1	5
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_cpus	<=4	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_disk		2968	1	5
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_disk	<=100G	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_os		2968	1	5
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_os	debian-9.0	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_os	ubuntu-16.04	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_os	vzlinux-7	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_ram		2968	1	5
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_ram	<=1G	2968	1	2
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_ram	<=8G	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	kernel	3.10.0-1160.80.1.vz7.191.4	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	layout		2968	1	5
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	layout	ploop	2968	1	4
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ploop	7.0.270-1.vz7	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	prlctl	7.0.240	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	templates		2968	1	4
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	templates	centos-7	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	templates	debian-9.0	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	templates	ubuntu-16.04	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	templates	vzlinux-7	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vzctl	7.0.229	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vzkernel	3.10.0-1160.80.1.vz7.191.4	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vzkernel	3.10.0-514.26.1.vz7.33.22	2968	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	reports			2968	2	0
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	bonding		20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	bonding	yes	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	container_count		20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	container_count	1-5	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	containers		20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	containers	yes	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	cpu_cores		20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	cpu_cores	4	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	cpu_model		20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	cpu_vendor		20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	cpu_vendor	intel	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	ct_cpus		20781	1	4
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	ct_cpus	2	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	ct_cpus	<=4	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	ct_cpus	unset	20781	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	ct_disk		20781	1	4
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	ct_disk	<=10G	20781	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	ct_disk	<=50G	20781	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	ct_features		20781	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	ct_features	fuse	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	ct_features	nfs	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	ct_os		20781	1	4
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	ct_os	centos-7	20781	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	ct_os	other	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	ct_os	ubuntu-16.04	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	ct_ram		20781	1	4
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	ct_ram	<=1G	20781	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	ct_ram	<=2G	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	ct_ram	<=4G	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	disk_kind		20781	1	3
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	disk_kind	hdd	20781	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	disk_kind	nvme	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	disk_model		20781	1	3
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	disk_model	SAMSUNG MZQLB960HAJR-00007	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	disk_model	ST2000NM0055-1V4	20781	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	distribution		20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	distribution	virtuozzo 7	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	guest_os		20781	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	guest_os	centos	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	guest_os	windows	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	kernel		20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	kernel	3.10.0-1160.80.1.vz7.191.4	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	layout		20781	1	4
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	layout	ploop	20781	1	4
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	memory		20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	memory	32-64 GiB	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	ploop		20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	ploop	7.0.93-1.vz7	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	prlctl		20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	prlctl	7.0.182	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	readykernel		20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	readykernel	yes	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	readykernel_patch		20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	readykernel_patch	89.0-r1	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	running		20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	running	yes	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	services		20781	1	6
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	services	firewalld	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	services	libvirtd	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	services	prl-disp	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	services	tuned	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	services	vcmmd	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	services	vz	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	ssd		20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	ssd	yes	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	teaming		20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	teaming	no	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	templates		20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	templates	centos-6	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	virtualization		20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	virtualization	vz7	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	vm_memory		20781	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	vm_memory	<=2G	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	vm_memory	<=8G	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	vm_vcpus		20781	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	vm_vcpus	2	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	vm_vcpus	<=4	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	vms		20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	vms	yes	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	vswap		20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	vswap	yes	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	vzctl		20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	vzctl	7.0.229	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	vzkernel		20781	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	teaming		2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	vzkernel	3.10.0-1160.80.1.vz7.191.4	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_day	vzkernel	3.10.0-514.26.1.vz7.33.22	20781	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	bonding		2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	bonding	yes	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	container_count		2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	container_count	1-5	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	containers		2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	containers	yes	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	cpu_cores		2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	cpu_cores	4	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	cpu_model		2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	cpu_vendor		2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	cpu_vendor	intel	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_cpus		2969	1	4
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_cpus	2	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_cpus	<=4	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_cpus	unset	2969	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_disk		2969	1	4
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_disk	<=10G	2969	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_disk	<=50G	2969	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_features		2969	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_features	fuse	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_features	nfs	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_os		2969	1	4
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_os	centos-7	2969	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_os	other	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_os	ubuntu-16.04	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_ram		2969	1	4
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_ram	<=1G	2969	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_ram	<=2G	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ct_ram	<=4G	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	disk_kind		2969	1	3
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	disk_kind	hdd	2969	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	disk_kind	nvme	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	disk_model		2969	1	3
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	disk_model	ST2000NM0055-1V4	2969	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	distribution		2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	distribution	virtuozzo 7	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	guest_os		2969	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	guest_os	centos	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	guest_os	windows	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	kernel		2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	kernel	3.10.0-1160.80.1.vz7.191.4	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	layout		2969	1	4
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	layout	ploop	2969	1	4
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	memory		2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	memory	32-64 GiB	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ploop		2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ploop	7.0.93-1.vz7	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	prlctl		2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	prlctl	7.0.182	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	readykernel		2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	readykernel	yes	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	readykernel_patch		2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	readykernel_patch	89.0-r1	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	running		2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	running	yes	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	services		2969	1	6
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	services	firewalld	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	services	libvirtd	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	services	prl-disp	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	services	tuned	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	services	vcmmd	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	services	vz	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ssd		2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	ssd	yes	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	teaming	no	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	templates		2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	templates	centos-6	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	virtualization		2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	virtualization	vz7	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vm_memory		2969	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vm_memory	<=2G	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vm_memory	<=8G	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vm_vcpus		2969	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vm_vcpus	2	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vm_vcpus	<=4	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vms		2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vms	yes	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vswap		2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vswap	yes	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vzctl		2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vzctl	7.0.229	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vzkernel		2969	1	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vzkernel	3.10.0-1160.80.1.vz7.191.4	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	dist_week	vzkernel	3.10.0-514.26.1.vz7.33.22	2969	1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	host_day			20781	1	0
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	reports			2969	1	0
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	week_active			2969	1	0
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	bonding		20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	bonding	yes	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	container_count		20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	container_count	1-5	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	containers		20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	containers	yes	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	cpu_cores		20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	cpu_cores	4	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	cpu_model		20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	cpu_vendor		20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	cpu_vendor	intel	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	ct_cpus		20781	1	4
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	ct_cpus	2	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	ct_cpus	<=4	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	ct_cpus	unset	20781	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	ct_disk		20781	1	4
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	ct_disk	<=10G	20781	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	ct_disk	<=50G	20781	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	ct_features		20781	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	ct_features	fuse	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	ct_features	nfs	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	ct_os		20781	1	4
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	ct_os	centos-7	20781	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	ct_os	other	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	ct_os	ubuntu-16.04	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	ct_ram		20781	1	4
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	ct_ram	<=1G	20781	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	ct_ram	<=2G	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	ct_ram	<=4G	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	disk_kind		20781	1	3
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	disk_kind	hdd	20781	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	disk_kind	nvme	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	disk_model		20781	1	3
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	disk_model	SAMSUNG MZQLB960HAJR-00007	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	disk_model	ST2000NM0055-1V4	20781	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	distribution		20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	distribution	virtuozzo 7	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	guest_os		20781	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	guest_os	centos	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	guest_os	windows	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	kernel		20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	kernel	3.10.0-1160.80.1.vz7.191.4	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	layout		20781	1	4
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	layout	ploop	20781	1	4
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	memory		20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	memory	32-64 GiB	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	ploop		20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	ploop	7.0.93-1.vz7	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	prlctl		20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	prlctl	7.0.182	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	readykernel		20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	readykernel	yes	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	readykernel_patch		20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	readykernel_patch	89.0-r1	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	running		20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	running	yes	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	services		20781	1	6
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	services	firewalld	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	reports			2969	1	0
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	services	libvirtd	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	services	prl-disp	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	services	tuned	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	services	vcmmd	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	services	vz	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	ssd		20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	ssd	yes	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	teaming		20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	teaming	no	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	templates		20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	templates	centos-6	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	virtualization		20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	virtualization	vz7	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	vm_memory		20781	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	vm_memory	<=2G	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	vm_memory	<=8G	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	vm_vcpus		20781	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	vm_vcpus	2	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	vm_vcpus	<=4	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	vms		20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	vms	yes	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	vswap		20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	vswap	yes	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	vzctl		20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	vzctl	7.0.229	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	vzkernel		20781	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	vzkernel	3.10.0-1160.80.1.vz7.191.4	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_day	vzkernel	3.10.0-514.26.1.vz7.33.22	20781	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	bonding		2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	bonding	yes	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	container_count		2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	container_count	1-5	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	containers		2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	containers	yes	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	cpu_cores		2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	cpu_cores	4	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	cpu_model		2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	cpu_vendor		2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	cpu_vendor	intel	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_cpus		2969	1	4
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_cpus	2	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_cpus	<=4	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_cpus	unset	2969	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_disk		2969	1	4
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_disk	<=10G	2969	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_disk	<=50G	2969	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_features		2969	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_features	fuse	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_features	nfs	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_os		2969	1	4
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_os	centos-7	2969	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_os	other	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_os	ubuntu-16.04	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_ram		2969	1	4
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_ram	<=1G	2969	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_ram	<=2G	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ct_ram	<=4G	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	disk_kind		2969	1	3
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	disk_kind	hdd	2969	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	disk_kind	nvme	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	disk_model		2969	1	3
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	disk_model	ST2000NM0055-1V4	2969	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	distribution		2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	distribution	virtuozzo 7	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	guest_os		2969	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	guest_os	centos	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	guest_os	windows	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	kernel		2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	kernel	3.10.0-1160.80.1.vz7.191.4	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	layout		2969	1	4
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	layout	ploop	2969	1	4
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	memory		2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	memory	32-64 GiB	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ploop		2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ploop	7.0.93-1.vz7	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	prlctl		2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	prlctl	7.0.182	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	readykernel		2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	readykernel	yes	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	readykernel_patch		2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	readykernel_patch	89.0-r1	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	running		2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	running	yes	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	services		2969	1	6
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	services	firewalld	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	services	libvirtd	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	services	prl-disp	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	services	tuned	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	services	vcmmd	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	services	vz	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ssd		2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	ssd	yes	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	teaming		2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	teaming	no	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	templates		2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	templates	centos-6	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	virtualization		2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	virtualization	vz7	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vm_memory		2969	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vm_memory	<=2G	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vm_memory	<=8G	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vm_vcpus		2969	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vm_vcpus	2	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vm_vcpus	<=4	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vms		2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vms	yes	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vswap		2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vswap	yes	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vzctl		2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vzctl	7.0.229	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vzkernel		2969	1	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vzkernel	3.10.0-1160.80.1.vz7.191.4	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	dist_week	vzkernel	3.10.0-514.26.1.vz7.33.22	2969	1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	host_day			20781	1	0
03f1b2f5-f889-4588-b8df-d423c4a48c86	reports			2969	1	0
03f1b2f5-f889-4588-b8df-d423c4a48c86	week_active			2969	1	0
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	bonding		20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	bonding	yes	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	container_count		20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	container_count	1-5	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	containers		20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	containers	yes	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	cpu_cores		20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	cpu_cores	4	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	cpu_model		20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	cpu_vendor		20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	cpu_vendor	intel	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	ct_cpus		20781	1	4
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	ct_cpus	2	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	ct_cpus	<=4	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	ct_cpus	unset	20781	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	ct_disk		20781	1	4
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	ct_disk	<=10G	20781	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	ct_disk	<=50G	20781	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	ct_features		20781	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	ct_features	fuse	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	ct_features	nfs	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	ct_os		20781	1	4
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	ct_os	centos-7	20781	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	ct_os	other	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	ct_os	ubuntu-16.04	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	ct_ram		20781	1	4
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	ct_ram	<=1G	20781	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	ct_ram	<=2G	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	ct_ram	<=4G	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	disk_kind		20781	1	3
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	disk_kind	hdd	20781	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	disk_kind	nvme	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	disk_model		20781	1	3
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	disk_model	SAMSUNG MZQLB960HAJR-00007	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	disk_model	ST2000NM0055-1V4	20781	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	distribution		20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	distribution	virtuozzo 7	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	guest_os		20781	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	guest_os	centos	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	guest_os	windows	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	kernel		20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	kernel	3.10.0-1160.80.1.vz7.191.4	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	layout		20781	1	4
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	layout	ploop	20781	1	4
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	memory		20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	memory	32-64 GiB	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	ploop		20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	ploop	7.0.93-1.vz7	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	prlctl		20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	prlctl	7.0.182	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	readykernel		20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	readykernel	yes	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	readykernel_patch		20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	readykernel_patch	89.0-r1	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	running		20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	running	yes	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	services		20781	1	6
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	services	firewalld	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	services	libvirtd	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	services	prl-disp	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	services	tuned	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	services	vcmmd	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	services	vz	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	ssd		20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	ssd	yes	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	teaming		20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	teaming	no	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	templates		20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	templates	centos-6	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	virtualization		20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	virtualization	vz7	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	vm_memory		20781	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	vm_memory	<=2G	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	vm_memory	<=8G	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	vm_vcpus		20781	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	vm_vcpus	2	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	vm_vcpus	<=4	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	vms		20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	vms	yes	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	vswap		20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	vswap	yes	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	vzctl		20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	vzctl	7.0.229	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	vzkernel		20781	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	vzkernel	3.10.0-1160.80.1.vz7.191.4	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_day	vzkernel	3.10.0-514.26.1.vz7.33.22	20781	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	bonding		2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	bonding	yes	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	container_count		2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	container_count	1-5	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	containers		2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	containers	yes	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	cpu_cores		2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	cpu_cores	4	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	cpu_model		2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	cpu_vendor		2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	cpu_vendor	intel	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_cpus		2969	1	4
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_cpus	2	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_cpus	<=4	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_cpus	unset	2969	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_disk		2969	1	4
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_disk	<=10G	2969	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_disk	<=50G	2969	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_features		2969	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_features	fuse	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_features	nfs	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_os		2969	1	4
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_os	centos-7	2969	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_os	other	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_os	ubuntu-16.04	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_ram		2969	1	4
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_ram	<=1G	2969	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_ram	<=2G	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ct_ram	<=4G	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	disk_kind		2969	1	3
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	disk_kind	hdd	2969	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	disk_kind	nvme	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	disk_model		2969	1	3
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	disk_model	ST2000NM0055-1V4	2969	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	distribution		2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	distribution	virtuozzo 7	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	guest_os		2969	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	guest_os	centos	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	guest_os	windows	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	kernel		2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	kernel	3.10.0-1160.80.1.vz7.191.4	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	layout		2969	1	4
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	layout	ploop	2969	1	4
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	memory		2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	memory	32-64 GiB	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ploop		2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ploop	7.0.93-1.vz7	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	prlctl		2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	prlctl	7.0.182	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	readykernel		2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	readykernel	yes	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	readykernel_patch		2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	readykernel_patch	89.0-r1	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	running		2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	running	yes	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	services		2969	1	6
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	services	firewalld	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	services	libvirtd	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	services	prl-disp	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	services	tuned	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	services	vcmmd	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	services	vz	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ssd		2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	ssd	yes	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	teaming		2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	teaming	no	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	templates		2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	templates	centos-6	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	virtualization		2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	virtualization	vz7	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vm_memory		2969	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vm_memory	<=2G	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vm_memory	<=8G	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vm_vcpus		2969	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vm_vcpus	2	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vm_vcpus	<=4	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vms		2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vms	yes	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vswap		2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vswap	yes	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vzctl		2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vzctl	7.0.229	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vzkernel		2969	1	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vzkernel	3.10.0-1160.80.1.vz7.191.4	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	dist_week	vzkernel	3.10.0-514.26.1.vz7.33.22	2969	1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	host_day			20781	1	0
10d028b7-2096-4f18-ba9a-ff806979ddf7	reports			2969	1	0
10d028b7-2096-4f18-ba9a-ff806979ddf7	week_active			2969	1	0
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	bonding		20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	bonding	yes	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	container_count		20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	container_count	1-5	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	containers		20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	containers	yes	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	cpu_cores		20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	cpu_cores	4	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	cpu_model		20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	cpu_vendor		20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	cpu_vendor	intel	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	ct_cpus		20781	1	4
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	ct_cpus	2	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	ct_cpus	<=4	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	ct_cpus	unset	20781	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	ct_disk		20781	1	4
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	ct_disk	<=10G	20781	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	ct_disk	<=50G	20781	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	ct_features		20781	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	ct_features	fuse	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	ct_features	nfs	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	ct_os		20781	1	4
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	ct_os	centos-7	20781	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	ct_os	other	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	ct_os	ubuntu-16.04	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	ct_ram		20781	1	4
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	ct_ram	<=1G	20781	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	ct_ram	<=2G	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	ct_ram	<=4G	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	disk_kind		20781	1	3
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	disk_kind	hdd	20781	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	disk_kind	nvme	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	disk_model		20781	1	3
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	disk_model	SAMSUNG MZQLB960HAJR-00007	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	disk_model	ST2000NM0055-1V4	20781	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	distribution		20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	distribution	virtuozzo 7	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	guest_os		20781	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	guest_os	centos	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	guest_os	windows	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	kernel		20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	kernel	3.10.0-1160.80.1.vz7.191.4	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	layout		20781	1	4
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	layout	ploop	20781	1	4
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	memory		20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	memory	32-64 GiB	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	ploop		20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	ploop	7.0.93-1.vz7	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	prlctl		20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	prlctl	7.0.182	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	readykernel		20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	readykernel	yes	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	readykernel_patch		20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	readykernel_patch	89.0-r1	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	running		20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	running	yes	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	services		20781	1	6
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	services	firewalld	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	services	libvirtd	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	services	prl-disp	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	services	tuned	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	services	vcmmd	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	services	vz	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	ssd		20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	ssd	yes	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	teaming		20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	teaming	no	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	templates		20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	templates	centos-6	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	virtualization		20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	virtualization	vz7	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	vm_memory		20781	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	vm_memory	<=2G	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	vm_memory	<=8G	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	vm_vcpus		20781	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	vm_vcpus	2	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	vm_vcpus	<=4	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	vms		20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	vms	yes	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	vswap		20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	vswap	yes	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	vzctl		20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	vzctl	7.0.229	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	vzkernel		20781	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	vzkernel	3.10.0-1160.80.1.vz7.191.4	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_day	vzkernel	3.10.0-514.26.1.vz7.33.22	20781	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	bonding		2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	bonding	yes	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	container_count		2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	container_count	1-5	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	containers		2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	containers	yes	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	cpu_cores		2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	cpu_cores	4	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	cpu_model		2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	cpu_vendor		2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	cpu_vendor	intel	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_cpus		2969	1	4
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_cpus	2	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_cpus	<=4	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_cpus	unset	2969	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_disk		2969	1	4
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_disk	<=10G	2969	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_disk	<=50G	2969	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_features		2969	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_features	fuse	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_features	nfs	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_os		2969	1	4
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_os	centos-7	2969	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_os	other	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_os	ubuntu-16.04	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_ram		2969	1	4
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_ram	<=1G	2969	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_ram	<=2G	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ct_ram	<=4G	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	disk_kind		2969	1	3
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	disk_kind	hdd	2969	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	disk_kind	nvme	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	disk_model		2969	1	3
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	disk_model	ST2000NM0055-1V4	2969	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	distribution		2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	distribution	virtuozzo 7	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	guest_os		2969	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	guest_os	centos	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	guest_os	windows	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	kernel		2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	kernel	3.10.0-1160.80.1.vz7.191.4	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	layout		2969	1	4
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	layout	ploop	2969	1	4
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	memory		2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	memory	32-64 GiB	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ploop		2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ploop	7.0.93-1.vz7	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	prlctl		2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	prlctl	7.0.182	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	readykernel		2969	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	reports			2969	1	0
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	readykernel	yes	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	readykernel_patch		2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	readykernel_patch	89.0-r1	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	running		2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	running	yes	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	services		2969	1	6
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	services	firewalld	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	services	libvirtd	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	services	prl-disp	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	services	tuned	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	services	vcmmd	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	services	vz	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ssd		2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	ssd	yes	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	teaming		2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	teaming	no	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	templates		2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	templates	centos-6	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	virtualization		2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	virtualization	vz7	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vm_memory		2969	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vm_memory	<=2G	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vm_memory	<=8G	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vm_vcpus		2969	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vm_vcpus	2	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vm_vcpus	<=4	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vms		2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vms	yes	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vswap		2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vswap	yes	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vzctl		2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vzctl	7.0.229	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vzkernel		2969	1	2
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vzkernel	3.10.0-1160.80.1.vz7.191.4	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	dist_week	vzkernel	3.10.0-514.26.1.vz7.33.22	2969	1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	host_day			20781	1	0
a3997855-16f0-4b80-9944-1b6e8941c40a	reports			2969	1	0
a3997855-16f0-4b80-9944-1b6e8941c40a	week_active			2969	1	0
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	bonding		20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	bonding	yes	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	container_count		20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	container_count	1-5	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	containers		20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	containers	yes	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	cpu_cores		20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	cpu_cores	4	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	cpu_model		20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	cpu_vendor		20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	cpu_vendor	intel	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	ct_cpus		20781	1	4
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	ct_cpus	2	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	ct_cpus	<=4	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	ct_cpus	unset	20781	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	ct_disk		20781	1	4
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	ct_disk	<=10G	20781	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	ct_disk	<=50G	20781	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	ct_features		20781	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	ct_features	fuse	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	ct_features	nfs	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	ct_os		20781	1	4
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	ct_os	centos-7	20781	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	ct_os	other	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	ct_os	ubuntu-16.04	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	ct_ram		20781	1	4
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	ct_ram	<=1G	20781	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	ct_ram	<=2G	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	ct_ram	<=4G	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	disk_kind		20781	1	3
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	disk_kind	hdd	20781	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	disk_kind	nvme	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	disk_model		20781	1	3
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	disk_model	SAMSUNG MZQLB960HAJR-00007	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	disk_model	ST2000NM0055-1V4	20781	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	distribution		20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	distribution	virtuozzo 7	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	guest_os		20781	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	guest_os	centos	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	guest_os	windows	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	kernel		20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	kernel	3.10.0-1160.80.1.vz7.191.4	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	layout		20781	1	4
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	layout	ploop	20781	1	4
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	memory		20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	memory	32-64 GiB	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	ploop		20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	ploop	7.0.93-1.vz7	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	prlctl		20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	prlctl	7.0.182	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	readykernel		20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	readykernel	yes	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	readykernel_patch		20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	readykernel_patch	89.0-r1	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	running		20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	running	yes	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	services		20781	1	6
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	services	firewalld	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	services	libvirtd	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	services	prl-disp	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	services	tuned	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	services	vcmmd	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	services	vz	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	ssd		20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	ssd	yes	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	teaming		20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	teaming	no	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	templates		20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	templates	centos-6	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	virtualization		20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	virtualization	vz7	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	vm_memory		20781	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	vm_memory	<=2G	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	vm_memory	<=8G	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	vm_vcpus		20781	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	vm_vcpus	2	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	vm_vcpus	<=4	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	vms		20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	vms	yes	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	vswap		20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	vswap	yes	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	vzctl		20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	vzctl	7.0.229	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	vzkernel		20781	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	vzkernel	3.10.0-1160.80.1.vz7.191.4	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_day	vzkernel	3.10.0-514.26.1.vz7.33.22	20781	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	bonding		2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	bonding	yes	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	container_count		2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	container_count	1-5	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	containers		2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	containers	yes	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	cpu_cores		2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	cpu_cores	4	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	cpu_model		2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	cpu_vendor		2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	cpu_vendor	intel	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_cpus		2969	1	4
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_cpus	2	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_cpus	<=4	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_cpus	unset	2969	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_disk		2969	1	4
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_disk	<=10G	2969	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_disk	<=50G	2969	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_features		2969	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_features	fuse	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_features	nfs	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_os		2969	1	4
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_os	centos-7	2969	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_os	other	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_os	ubuntu-16.04	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_ram		2969	1	4
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_ram	<=1G	2969	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_ram	<=2G	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ct_ram	<=4G	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	disk_kind		2969	1	3
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	disk_kind	hdd	2969	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	disk_kind	nvme	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	disk_model		2969	1	3
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	disk_model	ST2000NM0055-1V4	2969	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	distribution		2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	distribution	virtuozzo 7	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	guest_os		2969	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	guest_os	centos	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	guest_os	windows	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	kernel		2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	kernel	3.10.0-1160.80.1.vz7.191.4	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	layout		2969	1	4
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	layout	ploop	2969	1	4
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	memory		2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	memory	32-64 GiB	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ploop		2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ploop	7.0.93-1.vz7	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	prlctl		2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	prlctl	7.0.182	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	readykernel		2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	readykernel	yes	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	readykernel_patch		2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	readykernel_patch	89.0-r1	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	running		2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	running	yes	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	services		2969	1	6
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	services	firewalld	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	services	libvirtd	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	services	prl-disp	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	services	tuned	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	services	vcmmd	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	services	vz	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ssd		2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	ssd	yes	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	teaming		2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	teaming	no	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	templates		2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	templates	centos-6	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	virtualization		2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	virtualization	vz7	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vm_memory		2969	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vm_memory	<=2G	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vm_memory	<=8G	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vm_vcpus		2969	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vm_vcpus	2	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vm_vcpus	<=4	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vms		2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vms	yes	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vswap		2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vswap	yes	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vzctl		2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vzctl	7.0.229	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vzkernel		2969	1	2
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vzkernel	3.10.0-1160.80.1.vz7.191.4	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	dist_week	vzkernel	3.10.0-514.26.1.vz7.33.22	2969	1	1
464064af-3816-47c7-ae0c-e7bee87acb41	host_day			20781	1	0
464064af-3816-47c7-ae0c-e7bee87acb41	reports			2969	1	0
464064af-3816-47c7-ae0c-e7bee87acb41	week_active			2969	1	0
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	bonding		20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	bonding	yes	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	container_count		20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	container_count	1-5	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	containers		20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	containers	yes	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	cpu_cores		20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	cpu_cores	4	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	cpu_model		20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	cpu_vendor		20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	cpu_vendor	intel	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	ct_cpus		20781	1	5
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	ct_cpus	2	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	ct_cpus	<=4	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	ct_cpus	unset	20781	1	3
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	ct_disk		20781	1	5
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	ct_disk	<=100G	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	ct_disk	<=10G	20781	1	2
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	ct_disk	<=20G	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	ct_disk	<=50G	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	ct_features		20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	ct_features	nfs	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	ct_os		20781	1	5
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	ct_os	centos-7	20781	1	2
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	ct_os	debian-9.0	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	ct_os	ubuntu-16.04	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	ct_os	vzlinux-7	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	ct_ram		20781	1	5
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	ct_ram	<=1G	20781	1	2
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	ct_ram	<=2G	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	ct_ram	<=4G	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	ct_ram	<=8G	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	disk_kind		20781	1	3
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	disk_kind	hdd	20781	1	2
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	disk_kind	nvme	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	disk_model		20781	1	3
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	disk_model	SAMSUNG MZQLB960HAJR-00007	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	disk_model	ST2000NM0055-1V4	20781	1	2
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	distribution		20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	distribution	virtuozzo 7	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	guest_os		20781	1	2
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	guest_os	centos	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	guest_os	windows	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	kernel		20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	kernel	3.10.0-1160.80.1.vz7.191.4	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	layout		20781	1	5
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	layout	ploop	20781	1	4
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	layout	simfs	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	memory		20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	memory	32-64 GiB	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	ploop		20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	ploop	7.0.270-1.vz7	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	prlctl		20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	prlctl	7.0.240	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	readykernel		20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	readykernel	yes	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	readykernel_patch		20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	readykernel_patch	89.0-r1	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	running		20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	running	yes	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	services		20781	1	6
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	services	firewalld	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	services	libvirtd	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	services	prl-disp	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	services	tuned	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	services	vcmmd	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	services	vz	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	ssd		20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	ssd	yes	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	teaming		20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	teaming	no	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	templates		20781	1	4
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	templates	centos-7	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	templates	debian-9.0	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	templates	ubuntu-16.04	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	templates	vzlinux-7	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	virtualization		20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	virtualization	vz7	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	vm_memory		20781	1	2
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	vm_memory	<=2G	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	vm_memory	<=8G	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	vm_vcpus		20781	1	2
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	vm_vcpus	2	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	vm_vcpus	<=4	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	vms		20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	vms	yes	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	vswap		20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	vswap	yes	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	vzctl		20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	vzctl	7.0.229	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	vzkernel		20781	1	2
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	vzkernel	3.10.0-1160.80.1.vz7.191.4	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_day	vzkernel	3.10.0-514.26.1.vz7.33.22	20781	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	bonding		2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	bonding	yes	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	container_count		2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	container_count	1-5	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	containers		2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	containers	yes	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	cpu_cores		2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	cpu_cores	4	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	cpu_model		2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	cpu_vendor		2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	cpu_vendor	intel	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_cpus		2969	1	5
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_cpus	2	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_cpus	<=4	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_cpus	unset	2969	1	3
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_disk		2969	1	5
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_disk	<=100G	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_disk	<=10G	2969	1	2
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_disk	<=20G	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_disk	<=50G	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_features		2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_features	nfs	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_os		2969	1	5
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_os	centos-7	2969	1	2
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_os	debian-9.0	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_os	ubuntu-16.04	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_os	vzlinux-7	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_ram		2969	1	5
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_ram	<=1G	2969	1	2
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_ram	<=2G	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_ram	<=4G	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ct_ram	<=8G	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	disk_kind		2969	1	3
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	disk_kind	hdd	2969	1	2
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	disk_kind	nvme	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	disk_model		2969	1	3
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	disk_model	ST2000NM0055-1V4	2969	1	2
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	distribution		2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	distribution	virtuozzo 7	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	guest_os		2969	1	2
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	guest_os	centos	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	guest_os	windows	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	kernel		2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	kernel	3.10.0-1160.80.1.vz7.191.4	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	layout		2969	1	5
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	layout	ploop	2969	1	4
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	layout	simfs	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	memory		2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	memory	32-64 GiB	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ploop		2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ploop	7.0.270-1.vz7	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	prlctl		2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	prlctl	7.0.240	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	readykernel		2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	readykernel	yes	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	readykernel_patch		2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	readykernel_patch	89.0-r1	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	running		2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	running	yes	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	services		2969	1	6
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	services	firewalld	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	services	libvirtd	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	services	prl-disp	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	services	tuned	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	services	vcmmd	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	services	vz	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ssd		2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	ssd	yes	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	teaming		2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	teaming	no	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	templates		2969	1	4
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	templates	centos-7	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	templates	debian-9.0	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	templates	ubuntu-16.04	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	templates	vzlinux-7	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	virtualization		2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	virtualization	vz7	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vm_memory		2969	1	2
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vm_memory	<=2G	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vm_memory	<=8G	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vm_vcpus		2969	1	2
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vm_vcpus	2	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vm_vcpus	<=4	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vms		2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vms	yes	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vswap		2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vswap	yes	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vzctl		2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vzctl	7.0.229	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vzkernel		2969	1	2
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vzkernel	3.10.0-1160.80.1.vz7.191.4	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	dist_week	vzkernel	3.10.0-514.26.1.vz7.33.22	2969	1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	host_day			20781	1	0
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	reports			2969	1	0
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	week_active			2969	1	0
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	bonding		20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	bonding	yes	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	container_count		20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	container_count	1-5	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	containers		20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	containers	yes	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	cpu_cores		20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	cpu_cores	4	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	cpu_model		20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	cpu_vendor		20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	cpu_vendor	intel	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	ct_cpus		20781	1	5
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	ct_cpus	2	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	ct_cpus	<=4	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	ct_cpus	unset	20781	1	3
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	ct_disk		20781	1	5
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	ct_disk	<=100G	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	ct_disk	<=10G	20781	1	2
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	ct_disk	<=20G	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	ct_disk	<=50G	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	ct_features		20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	ct_features	nfs	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	ct_os		20781	1	5
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	ct_os	centos-7	20781	1	2
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	ct_os	debian-9.0	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	ct_os	ubuntu-16.04	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	ct_os	vzlinux-7	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	ct_ram		20781	1	5
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	ct_ram	<=1G	20781	1	2
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	ct_ram	<=2G	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	ct_ram	<=4G	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	ct_ram	<=8G	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	disk_kind		20781	1	3
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	disk_kind	hdd	20781	1	2
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	disk_kind	nvme	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	disk_model		20781	1	3
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	disk_model	SAMSUNG MZQLB960HAJR-00007	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	disk_model	ST2000NM0055-1V4	20781	1	2
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	distribution		20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	distribution	virtuozzo 7	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	guest_os		20781	1	2
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	guest_os	centos	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	guest_os	windows	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	kernel		20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	kernel	3.10.0-1160.80.1.vz7.191.4	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	layout		20781	1	5
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	layout	ploop	20781	1	4
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	layout	simfs	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	memory		20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	memory	32-64 GiB	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	ploop		20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	ploop	7.0.270-1.vz7	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	prlctl		20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	prlctl	7.0.240	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	readykernel		20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	readykernel	yes	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	readykernel_patch		20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	readykernel_patch	89.0-r1	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	running		20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	running	yes	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	services		20781	1	6
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	services	firewalld	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	services	libvirtd	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	services	prl-disp	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	services	tuned	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	services	vcmmd	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	services	vz	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	ssd		20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	ssd	yes	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	teaming		20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	teaming	no	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	templates		20781	1	4
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	templates	centos-7	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	templates	debian-9.0	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	templates	ubuntu-16.04	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	templates	vzlinux-7	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	virtualization		20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	virtualization	vz7	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	vm_memory		20781	1	2
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	vm_memory	<=2G	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	vm_memory	<=8G	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	vm_vcpus		20781	1	2
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	vm_vcpus	2	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	vm_vcpus	<=4	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	vms		20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	vms	yes	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	vswap		20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	vswap	yes	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	vzctl		20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	vzctl	7.0.229	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	vzkernel		20781	1	2
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	vzkernel	3.10.0-1160.80.1.vz7.191.4	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_day	vzkernel	3.10.0-514.26.1.vz7.33.22	20781	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	bonding		2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	bonding	yes	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	container_count		2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	container_count	1-5	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	containers		2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	containers	yes	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	cpu_cores		2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	cpu_cores	4	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	cpu_model		2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	cpu_vendor		2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	cpu_vendor	intel	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_cpus		2969	1	5
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_cpus	2	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_cpus	<=4	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_cpus	unset	2969	1	3
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_disk		2969	1	5
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_disk	<=100G	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_disk	<=10G	2969	1	2
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_disk	<=20G	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_disk	<=50G	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_features		2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_features	nfs	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_os		2969	1	5
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_os	centos-7	2969	1	2
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_os	debian-9.0	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_os	ubuntu-16.04	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_os	vzlinux-7	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_ram		2969	1	5
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_ram	<=1G	2969	1	2
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_ram	<=2G	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_ram	<=4G	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ct_ram	<=8G	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	disk_kind		2969	1	3
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	disk_kind	hdd	2969	1	2
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	disk_kind	nvme	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	disk_model		2969	1	3
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	disk_model	ST2000NM0055-1V4	2969	1	2
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	distribution		2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	distribution	virtuozzo 7	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	guest_os		2969	1	2
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	guest_os	centos	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	guest_os	windows	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	kernel		2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	kernel	3.10.0-1160.80.1.vz7.191.4	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	layout		2969	1	5
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	layout	ploop	2969	1	4
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	layout	simfs	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	memory		2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	memory	32-64 GiB	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ploop		2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ploop	7.0.270-1.vz7	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	prlctl		2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	prlctl	7.0.240	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	readykernel		2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	readykernel	yes	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	readykernel_patch		2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	readykernel_patch	89.0-r1	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	running		2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	running	yes	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	services		2969	1	6
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	services	firewalld	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	services	libvirtd	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	services	prl-disp	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	services	tuned	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	services	vcmmd	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	services	vz	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ssd		2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	ssd	yes	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	teaming		2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	teaming	no	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	templates		2969	1	4
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	templates	centos-7	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	templates	debian-9.0	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	templates	ubuntu-16.04	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	templates	vzlinux-7	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	virtualization		2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	virtualization	vz7	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vm_memory		2969	1	2
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vm_memory	<=2G	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vm_memory	<=8G	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vm_vcpus		2969	1	2
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vm_vcpus	2	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vm_vcpus	<=4	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vms		2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vms	yes	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vswap		2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vswap	yes	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vzctl		2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vzctl	7.0.229	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vzkernel		2969	1	2
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vzkernel	3.10.0-1160.80.1.vz7.191.4	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	dist_week	vzkernel	3.10.0-514.26.1.vz7.33.22	2969	1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	host_day			20781	1	0
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	reports			2969	1	0
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	week_active			2969	1	0
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	bonding		20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	bonding	yes	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	container_count		20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	container_count	1-5	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	containers		20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	containers	yes	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	cpu_cores		20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	cpu_cores	4	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	cpu_model		20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	cpu_vendor		20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	cpu_vendor	intel	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	ct_cpus		20781	1	5
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	ct_cpus	2	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	ct_cpus	<=4	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	ct_cpus	unset	20781	1	3
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	ct_disk		20781	1	5
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	ct_disk	<=100G	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	ct_disk	<=10G	20781	1	2
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	ct_disk	<=20G	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	ct_disk	<=50G	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	ct_features		20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	ct_features	nfs	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	ct_os		20781	1	5
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	ct_os	centos-7	20781	1	2
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	ct_os	debian-9.0	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	ct_os	ubuntu-16.04	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	ct_os	vzlinux-7	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	ct_ram		20781	1	5
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	ct_ram	<=1G	20781	1	2
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	ct_ram	<=2G	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	ct_ram	<=4G	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	ct_ram	<=8G	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	disk_kind		20781	1	3
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	disk_kind	hdd	20781	1	2
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	disk_kind	nvme	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	disk_model		20781	1	3
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	disk_model	SAMSUNG MZQLB960HAJR-00007	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	disk_model	ST2000NM0055-1V4	20781	1	2
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	distribution		20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	distribution	virtuozzo 7	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	guest_os		20781	1	2
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	guest_os	centos	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	guest_os	windows	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	kernel		20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	kernel	3.10.0-1160.80.1.vz7.191.4	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	layout		20781	1	5
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	layout	ploop	20781	1	4
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	layout	simfs	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	memory		20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	memory	32-64 GiB	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	ploop		20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	ploop	7.0.270-1.vz7	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	prlctl		20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	prlctl	7.0.240	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	readykernel		20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	readykernel	yes	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	readykernel_patch		20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	readykernel_patch	89.0-r1	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	running		20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	running	yes	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	services		20781	1	6
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	services	firewalld	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	services	libvirtd	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	services	prl-disp	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	services	tuned	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	services	vcmmd	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	services	vz	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	ssd		20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	ssd	yes	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	teaming		20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	teaming	no	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	templates		20781	1	4
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	templates	centos-7	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	templates	debian-9.0	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	templates	ubuntu-16.04	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	templates	vzlinux-7	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	virtualization		20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	virtualization	vz7	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	vm_memory		20781	1	2
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	vm_memory	<=2G	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	vm_memory	<=8G	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	vm_vcpus		20781	1	2
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	vm_vcpus	2	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	vm_vcpus	<=4	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	vms		20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	vms	yes	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	vswap		20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	vswap	yes	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	vzctl		20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	vzctl	7.0.229	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	vzkernel		20781	1	2
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	vzkernel	3.10.0-1160.80.1.vz7.191.4	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_day	vzkernel	3.10.0-514.26.1.vz7.33.22	20781	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	bonding		2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	bonding	yes	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	container_count		2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	container_count	1-5	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	containers		2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	containers	yes	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	cpu_cores		2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	cpu_cores	4	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	cpu_model		2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	cpu_vendor		2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	cpu_vendor	intel	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_cpus		2969	1	5
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_cpus	2	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_cpus	<=4	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_cpus	unset	2969	1	3
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_disk		2969	1	5
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_disk	<=100G	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_disk	<=10G	2969	1	2
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_disk	<=20G	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_disk	<=50G	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_features		2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_features	nfs	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_os		2969	1	5
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_os	centos-7	2969	1	2
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_os	debian-9.0	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_os	ubuntu-16.04	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_os	vzlinux-7	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_ram		2969	1	5
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_ram	<=1G	2969	1	2
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_ram	<=2G	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_ram	<=4G	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ct_ram	<=8G	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	disk_kind		2969	1	3
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	disk_kind	hdd	2969	1	2
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	disk_kind	nvme	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	disk_model		2969	1	3
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	disk_model	ST2000NM0055-1V4	2969	1	2
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	distribution		2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	distribution	virtuozzo 7	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	guest_os		2969	1	2
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	guest_os	centos	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	guest_os	windows	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	kernel		2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	kernel	3.10.0-1160.80.1.vz7.191.4	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	layout		2969	1	5
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	layout	ploop	2969	1	4
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	layout	simfs	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	memory		2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	memory	32-64 GiB	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ploop		2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ploop	7.0.270-1.vz7	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	prlctl		2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	prlctl	7.0.240	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	readykernel		2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	readykernel	yes	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	readykernel_patch		2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	readykernel_patch	89.0-r1	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	running		2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	running	yes	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	services		2969	1	6
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	services	firewalld	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	services	libvirtd	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	services	prl-disp	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	services	tuned	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	services	vcmmd	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	services	vz	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ssd		2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	ssd	yes	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	teaming		2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	teaming	no	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	templates		2969	1	4
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	templates	centos-7	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	templates	debian-9.0	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	templates	ubuntu-16.04	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	templates	vzlinux-7	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	virtualization		2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	virtualization	vz7	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vm_memory		2969	1	2
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vm_memory	<=2G	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vm_memory	<=8G	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vm_vcpus		2969	1	2
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vm_vcpus	2	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vm_vcpus	<=4	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vms		2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vms	yes	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vswap		2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vswap	yes	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vzctl		2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vzctl	7.0.229	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vzkernel		2969	1	2
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vzkernel	3.10.0-1160.80.1.vz7.191.4	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	dist_week	vzkernel	3.10.0-514.26.1.vz7.33.22	2969	1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	host_day			20781	1	0
5d29d753-0e88-4e4b-82fc-ece2fec989a7	reports			2969	1	0
5d29d753-0e88-4e4b-82fc-ece2fec989a7	week_active			2969	1	0
31d6d449-e63a-4614-8a66-562a07797427	dist_day	bonding		20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	bonding	yes	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	container_count		20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	container_count	1-5	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	containers		20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	containers	yes	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	cpu_cores		20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	cpu_cores	4	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	cpu_model		20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	cpu_vendor		20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	cpu_vendor	intel	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	ct_cpus		20781	1	5
31d6d449-e63a-4614-8a66-562a07797427	dist_day	ct_cpus	2	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	ct_cpus	<=4	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	ct_cpus	unset	20781	1	3
31d6d449-e63a-4614-8a66-562a07797427	dist_day	ct_disk		20781	1	5
31d6d449-e63a-4614-8a66-562a07797427	dist_day	ct_disk	<=100G	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	ct_disk	<=10G	20781	1	2
31d6d449-e63a-4614-8a66-562a07797427	dist_day	ct_disk	<=20G	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	ct_disk	<=50G	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	ct_features		20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	ct_features	nfs	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	ct_os		20781	1	5
31d6d449-e63a-4614-8a66-562a07797427	dist_day	ct_os	centos-7	20781	1	2
31d6d449-e63a-4614-8a66-562a07797427	dist_day	ct_os	debian-9.0	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	ct_os	ubuntu-16.04	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	ct_os	vzlinux-7	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	ct_ram		20781	1	5
31d6d449-e63a-4614-8a66-562a07797427	dist_day	ct_ram	<=1G	20781	1	2
31d6d449-e63a-4614-8a66-562a07797427	dist_day	ct_ram	<=2G	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	ct_ram	<=4G	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	ct_ram	<=8G	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	disk_kind		20781	1	3
31d6d449-e63a-4614-8a66-562a07797427	dist_day	disk_kind	hdd	20781	1	2
31d6d449-e63a-4614-8a66-562a07797427	dist_day	disk_kind	nvme	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	disk_model		20781	1	3
31d6d449-e63a-4614-8a66-562a07797427	dist_day	disk_model	SAMSUNG MZQLB960HAJR-00007	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	disk_model	ST2000NM0055-1V4	20781	1	2
31d6d449-e63a-4614-8a66-562a07797427	dist_day	distribution		20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	distribution	virtuozzo 7	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	guest_os		20781	1	2
31d6d449-e63a-4614-8a66-562a07797427	dist_day	guest_os	centos	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	guest_os	windows	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	kernel		20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	kernel	3.10.0-1160.80.1.vz7.191.4	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	layout		20781	1	5
31d6d449-e63a-4614-8a66-562a07797427	dist_day	layout	ploop	20781	1	4
31d6d449-e63a-4614-8a66-562a07797427	dist_day	layout	simfs	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	memory		20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	memory	32-64 GiB	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	ploop		20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	ploop	7.0.270-1.vz7	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	prlctl		20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	prlctl	7.0.240	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	readykernel		20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	readykernel	yes	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	readykernel_patch		20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	readykernel_patch	89.0-r1	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	running		20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	running	yes	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	services		20781	1	6
31d6d449-e63a-4614-8a66-562a07797427	dist_day	services	firewalld	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	services	libvirtd	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	services	prl-disp	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	services	tuned	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	services	vcmmd	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	services	vz	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	ssd		20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	ssd	yes	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	teaming		20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	teaming	no	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	templates		20781	1	4
31d6d449-e63a-4614-8a66-562a07797427	dist_day	templates	centos-7	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	templates	debian-9.0	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	templates	ubuntu-16.04	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	templates	vzlinux-7	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	virtualization		20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	virtualization	vz7	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	vm_memory		20781	1	2
31d6d449-e63a-4614-8a66-562a07797427	dist_day	vm_memory	<=2G	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	vm_memory	<=8G	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	vm_vcpus		20781	1	2
31d6d449-e63a-4614-8a66-562a07797427	dist_day	vm_vcpus	2	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	vm_vcpus	<=4	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	vms		20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	vms	yes	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	vswap		20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	vswap	yes	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	vzctl		20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	vzctl	7.0.229	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	vzkernel		20781	1	2
31d6d449-e63a-4614-8a66-562a07797427	dist_day	vzkernel	3.10.0-1160.80.1.vz7.191.4	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_day	vzkernel	3.10.0-514.26.1.vz7.33.22	20781	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	bonding		2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	bonding	yes	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	container_count		2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	container_count	1-5	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	containers		2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	containers	yes	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	cpu_cores		2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	cpu_cores	4	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	cpu_model		2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	cpu_vendor		2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	cpu_vendor	intel	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_cpus		2969	1	5
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_cpus	2	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_cpus	<=4	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_cpus	unset	2969	1	3
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_disk		2969	1	5
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_disk	<=100G	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_disk	<=10G	2969	1	2
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_disk	<=20G	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_disk	<=50G	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_features		2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_features	nfs	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_os		2969	1	5
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_os	centos-7	2969	1	2
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_os	debian-9.0	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_os	ubuntu-16.04	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_os	vzlinux-7	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_ram		2969	1	5
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_ram	<=1G	2969	1	2
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_ram	<=2G	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_ram	<=4G	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ct_ram	<=8G	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	disk_kind		2969	1	3
31d6d449-e63a-4614-8a66-562a07797427	dist_week	disk_kind	hdd	2969	1	2
31d6d449-e63a-4614-8a66-562a07797427	dist_week	disk_kind	nvme	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	disk_model		2969	1	3
31d6d449-e63a-4614-8a66-562a07797427	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	disk_model	ST2000NM0055-1V4	2969	1	2
31d6d449-e63a-4614-8a66-562a07797427	dist_week	distribution		2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	distribution	virtuozzo 7	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	guest_os		2969	1	2
31d6d449-e63a-4614-8a66-562a07797427	dist_week	guest_os	centos	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	guest_os	windows	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	kernel		2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	kernel	3.10.0-1160.80.1.vz7.191.4	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	layout		2969	1	5
31d6d449-e63a-4614-8a66-562a07797427	dist_week	layout	ploop	2969	1	4
31d6d449-e63a-4614-8a66-562a07797427	dist_week	layout	simfs	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	memory		2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	memory	32-64 GiB	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ploop		2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ploop	7.0.270-1.vz7	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	prlctl		2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	prlctl	7.0.240	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	readykernel		2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	readykernel	yes	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	readykernel_patch		2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	readykernel_patch	89.0-r1	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	running		2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	running	yes	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	services		2969	1	6
31d6d449-e63a-4614-8a66-562a07797427	dist_week	services	firewalld	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	services	libvirtd	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	services	prl-disp	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	services	tuned	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	services	vcmmd	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	services	vz	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ssd		2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	ssd	yes	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	teaming		2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	teaming	no	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	templates		2969	1	4
31d6d449-e63a-4614-8a66-562a07797427	dist_week	templates	centos-7	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	templates	debian-9.0	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	templates	ubuntu-16.04	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	templates	vzlinux-7	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	virtualization		2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	virtualization	vz7	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vm_memory		2969	1	2
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vm_memory	<=2G	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vm_memory	<=8G	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vm_vcpus		2969	1	2
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vm_vcpus	2	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vm_vcpus	<=4	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vms		2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vms	yes	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vswap		2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vswap	yes	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vzctl		2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vzctl	7.0.229	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vzkernel		2969	1	2
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vzkernel	3.10.0-1160.80.1.vz7.191.4	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	dist_week	vzkernel	3.10.0-514.26.1.vz7.33.22	2969	1	1
31d6d449-e63a-4614-8a66-562a07797427	host_day			20781	1	0
31d6d449-e63a-4614-8a66-562a07797427	week_active			2969	1	0
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	bonding		20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	bonding	yes	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	container_count		20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	container_count	1-5	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	containers		20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	containers	yes	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	cpu_cores		20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	cpu_cores	4	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	cpu_model		20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	cpu_vendor		20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	cpu_vendor	intel	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	ct_cpus		20781	1	5
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	ct_cpus	2	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	ct_cpus	<=4	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	ct_cpus	unset	20781	1	3
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	ct_disk		20781	1	5
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	ct_disk	<=100G	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	ct_disk	<=10G	20781	1	2
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	ct_disk	<=20G	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	ct_disk	<=50G	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	ct_features		20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	ct_features	nfs	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	ct_os		20781	1	5
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	ct_os	centos-7	20781	1	2
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	ct_os	debian-9.0	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	ct_os	ubuntu-16.04	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	ct_os	vzlinux-7	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	ct_ram		20781	1	5
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	ct_ram	<=1G	20781	1	2
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	ct_ram	<=2G	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	ct_ram	<=4G	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	ct_ram	<=8G	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	disk_kind		20781	1	3
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	disk_kind	hdd	20781	1	2
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	disk_kind	nvme	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	disk_model		20781	1	3
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	disk_model	SAMSUNG MZQLB960HAJR-00007	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	disk_model	ST2000NM0055-1V4	20781	1	2
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	distribution		20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	distribution	virtuozzo 7	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	guest_os		20781	1	2
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	guest_os	centos	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	guest_os	windows	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	kernel		20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	kernel	3.10.0-1160.80.1.vz7.191.4	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	layout		20781	1	5
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	layout	ploop	20781	1	4
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	layout	simfs	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	memory		20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	memory	32-64 GiB	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	ploop		20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	ploop	7.0.270-1.vz7	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	prlctl		20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	prlctl	7.0.240	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	readykernel		20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	readykernel	yes	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	readykernel_patch		20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	readykernel_patch	89.0-r1	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	running		20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	running	yes	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	services		20781	1	6
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	services	firewalld	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	services	libvirtd	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	services	prl-disp	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	services	tuned	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	services	vcmmd	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	services	vz	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	ssd		20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	ssd	yes	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	teaming		20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	teaming	no	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	templates		20781	1	4
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	templates	centos-7	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	templates	debian-9.0	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	templates	ubuntu-16.04	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	templates	vzlinux-7	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	virtualization		20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	virtualization	vz7	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	vm_memory		20781	1	2
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	vm_memory	<=2G	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	vm_memory	<=8G	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	vm_vcpus		20781	1	2
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	vm_vcpus	2	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	vm_vcpus	<=4	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	vms		20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	vms	yes	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	vswap		20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	vswap	yes	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	vzctl		20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	vzctl	7.0.229	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	vzkernel		20781	1	2
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	vzkernel	3.10.0-1160.80.1.vz7.191.4	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_day	vzkernel	3.10.0-514.26.1.vz7.33.22	20781	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	bonding		2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	bonding	yes	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	container_count		2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	container_count	1-5	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	containers		2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	containers	yes	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	cpu_cores		2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	cpu_cores	4	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	cpu_model		2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	cpu_vendor		2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	cpu_vendor	intel	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_cpus		2969	1	5
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_cpus	2	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_cpus	<=4	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_cpus	unset	2969	1	3
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_disk		2969	1	5
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_disk	<=100G	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_disk	<=10G	2969	1	2
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_disk	<=20G	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_disk	<=50G	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_features		2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_features	nfs	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_os		2969	1	5
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_os	centos-7	2969	1	2
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_os	debian-9.0	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_os	ubuntu-16.04	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_os	vzlinux-7	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_ram		2969	1	5
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_ram	<=1G	2969	1	2
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_ram	<=2G	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_ram	<=4G	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ct_ram	<=8G	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	disk_kind		2969	1	3
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	disk_kind	hdd	2969	1	2
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	disk_kind	nvme	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	disk_model		2969	1	3
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	disk_model	ST2000NM0055-1V4	2969	1	2
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	distribution		2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	distribution	virtuozzo 7	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	guest_os		2969	1	2
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	guest_os	centos	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	guest_os	windows	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	kernel		2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	kernel	3.10.0-1160.80.1.vz7.191.4	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	layout		2969	1	5
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	layout	ploop	2969	1	4
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	layout	simfs	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	memory		2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	memory	32-64 GiB	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ploop		2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ploop	7.0.270-1.vz7	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	prlctl		2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	prlctl	7.0.240	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	readykernel		2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	readykernel	yes	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	readykernel_patch		2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	readykernel_patch	89.0-r1	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	running		2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	running	yes	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	services		2969	1	6
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	services	firewalld	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	services	libvirtd	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	services	prl-disp	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	services	tuned	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	services	vcmmd	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	services	vz	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ssd		2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	ssd	yes	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	teaming		2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	teaming	no	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	templates		2969	1	4
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	templates	centos-7	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	templates	debian-9.0	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	templates	ubuntu-16.04	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	templates	vzlinux-7	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	virtualization		2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	virtualization	vz7	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vm_memory		2969	1	2
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vm_memory	<=2G	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vm_memory	<=8G	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vm_vcpus		2969	1	2
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vm_vcpus	2	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vm_vcpus	<=4	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vms		2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vms	yes	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vswap		2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vswap	yes	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vzctl		2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vzctl	7.0.229	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vzkernel		2969	1	2
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vzkernel	3.10.0-1160.80.1.vz7.191.4	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	dist_week	vzkernel	3.10.0-514.26.1.vz7.33.22	2969	1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	host_day			20781	1	0
eb9700cd-bafc-40df-a7b5-0a008312ccb6	reports			2969	1	0
eb9700cd-bafc-40df-a7b5-0a008312ccb6	week_active			2969	1	0
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_day	bonding		20781	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_day	bonding	no	20781	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_day	cpu_cores		20781	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_day	cpu_cores	4	20781	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_day	cpu_model		20781	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_day	cpu_model	AMD EPYC 7302P 16-Core Processor	20781	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_day	cpu_vendor		20781	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_day	cpu_vendor	amd	20781	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_day	disk_kind		20781	1	2
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_day	disk_kind	hdd	20781	1	2
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_day	distribution		20781	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_day	distribution	debian 12	20781	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_day	kernel		20781	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_day	kernel	6.1.0-26-amd64	20781	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_day	memory		20781	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_day	memory	4-8 GiB	20781	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_day	services		20781	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_day	services	libvirtd	20781	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_day	ssd		20781	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_day	ssd	no	20781	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_day	teaming		20781	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_day	teaming	no	20781	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_day	virtualization		20781	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_day	virtualization	other	20781	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	bonding		2969	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	bonding	no	2969	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	cpu_cores		2969	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	cpu_cores	4	2969	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	cpu_model		2969	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	cpu_model	AMD EPYC 7302P 16-Core Processor	2969	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	cpu_vendor		2969	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	cpu_vendor	amd	2969	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	disk_kind		2969	1	2
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	disk_kind	hdd	2969	1	2
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	distribution		2969	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	distribution	debian 12	2969	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	kernel		2969	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	kernel	6.1.0-26-amd64	2969	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	memory		2969	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	memory	4-8 GiB	2969	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	services		2969	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	services	libvirtd	2969	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	ssd		2969	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	ssd	no	2969	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	teaming		2969	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	teaming	no	2969	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	virtualization		2969	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	dist_week	virtualization	other	2969	1	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	host_day			20781	1	0
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	reports			2969	1	0
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	week_active			2969	1	0
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_day	bonding		20781	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_day	bonding	no	20781	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_day	cpu_cores		20781	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_day	cpu_cores	4	20781	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_day	cpu_model		20781	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_day	cpu_model	AMD EPYC 7302P 16-Core Processor	20781	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_day	cpu_vendor		20781	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_day	cpu_vendor	amd	20781	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_day	disk_kind		20781	1	2
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_day	disk_kind	hdd	20781	1	2
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_day	distribution		20781	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_day	distribution	debian 12	20781	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_day	kernel		20781	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_day	kernel	6.1.0-26-amd64	20781	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_day	memory		20781	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_day	memory	4-8 GiB	20781	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_day	services		20781	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_day	services	libvirtd	20781	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_day	ssd		20781	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_day	ssd	no	20781	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_day	teaming		20781	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_day	teaming	no	20781	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_day	virtualization		20781	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_day	virtualization	other	20781	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	bonding		2969	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	bonding	no	2969	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	cpu_cores		2969	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	cpu_cores	4	2969	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	cpu_model		2969	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	cpu_model	AMD EPYC 7302P 16-Core Processor	2969	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	cpu_vendor		2969	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	cpu_vendor	amd	2969	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	disk_kind		2969	1	2
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	disk_kind	hdd	2969	1	2
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	distribution		2969	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	distribution	debian 12	2969	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	kernel		2969	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	kernel	6.1.0-26-amd64	2969	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	memory		2969	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	memory	4-8 GiB	2969	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	services		2969	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	services	libvirtd	2969	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	ssd		2969	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	ssd	no	2969	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	teaming		2969	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	teaming	no	2969	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	virtualization		2969	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	dist_week	virtualization	other	2969	1	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	host_day			20781	1	0
f28f8424-1f7b-462c-bbd3-e0732b1e6846	week_active			2969	1	0
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_day	bonding		20781	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_day	bonding	no	20781	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_day	cpu_cores		20781	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_day	cpu_cores	4	20781	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_day	cpu_model		20781	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_day	cpu_model	AMD EPYC 7302P 16-Core Processor	20781	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_day	cpu_vendor		20781	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_day	cpu_vendor	amd	20781	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_day	disk_kind		20781	1	2
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_day	disk_kind	hdd	20781	1	2
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_day	distribution		20781	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_day	distribution	debian 12	20781	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_day	kernel		20781	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_day	kernel	6.1.0-26-amd64	20781	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_day	memory		20781	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_day	memory	4-8 GiB	20781	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_day	services		20781	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_day	services	libvirtd	20781	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_day	ssd		20781	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_day	ssd	no	20781	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_day	teaming		20781	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_day	teaming	no	20781	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_day	virtualization		20781	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_day	virtualization	other	20781	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	bonding		2969	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	bonding	no	2969	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	cpu_cores		2969	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	cpu_cores	4	2969	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	cpu_model		2969	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	cpu_model	AMD EPYC 7302P 16-Core Processor	2969	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	cpu_vendor		2969	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	cpu_vendor	amd	2969	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	disk_kind		2969	1	2
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	disk_kind	hdd	2969	1	2
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	distribution		2969	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	distribution	debian 12	2969	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	kernel		2969	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	kernel	6.1.0-26-amd64	2969	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	memory		2969	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	memory	4-8 GiB	2969	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	services		2969	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	services	libvirtd	2969	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	ssd		2969	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	ssd	no	2969	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	teaming		2969	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	teaming	no	2969	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	virtualization		2969	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	dist_week	virtualization	other	2969	1	1
85a31e9a-09a7-4423-bcbc-9409884f4223	host_day			20781	1	0
85a31e9a-09a7-4423-bcbc-9409884f4223	reports			2969	1	0
85a31e9a-09a7-4423-bcbc-9409884f4223	week_active			2969	1	0
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_day	bonding		20781	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_day	bonding	no	20781	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_day	cpu_cores		20781	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_day	cpu_cores	4	20781	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_day	cpu_model		20781	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_day	cpu_model	AMD EPYC 7302P 16-Core Processor	20781	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_day	cpu_vendor		20781	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_day	cpu_vendor	amd	20781	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_day	disk_kind		20781	1	2
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_day	disk_kind	hdd	20781	1	2
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_day	distribution		20781	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_day	distribution	debian 12	20781	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_day	kernel		20781	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_day	kernel	6.1.0-26-amd64	20781	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_day	memory		20781	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_day	memory	4-8 GiB	20781	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_day	services		20781	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_day	services	libvirtd	20781	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_day	ssd		20781	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_day	ssd	no	20781	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_day	teaming		20781	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_day	teaming	no	20781	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_day	virtualization		20781	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_day	virtualization	other	20781	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	bonding		2969	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	bonding	no	2969	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	cpu_cores		2969	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	cpu_cores	4	2969	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	cpu_model		2969	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	cpu_model	AMD EPYC 7302P 16-Core Processor	2969	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	cpu_vendor		2969	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	cpu_vendor	amd	2969	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	disk_kind		2969	1	2
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	disk_kind	hdd	2969	1	2
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	distribution		2969	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	distribution	debian 12	2969	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	kernel		2969	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	kernel	6.1.0-26-amd64	2969	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	memory		2969	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	memory	4-8 GiB	2969	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	services		2969	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	services	libvirtd	2969	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	ssd		2969	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	ssd	no	2969	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	teaming		2969	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	teaming	no	2969	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	virtualization		2969	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	dist_week	virtualization	other	2969	1	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	host_day			20781	1	0
f09444ea-c240-4c5b-af7f-9ed0ae16b423	reports			2969	1	0
f09444ea-c240-4c5b-af7f-9ed0ae16b423	week_active			2969	1	0
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_day	bonding		20781	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_day	bonding	no	20781	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_day	cpu_cores		20781	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_day	cpu_cores	4	20781	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_day	cpu_model		20781	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_day	cpu_model	AMD EPYC 7302P 16-Core Processor	20781	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_day	cpu_vendor		20781	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_day	cpu_vendor	amd	20781	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_day	disk_kind		20781	1	2
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_day	disk_kind	hdd	20781	1	2
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_day	distribution		20781	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_day	distribution	debian 12	20781	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_day	kernel		20781	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_day	kernel	6.1.0-26-amd64	20781	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_day	memory		20781	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_day	memory	4-8 GiB	20781	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_day	services		20781	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_day	services	libvirtd	20781	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_day	ssd		20781	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_day	ssd	no	20781	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_day	teaming		20781	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_day	teaming	no	20781	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_day	virtualization		20781	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_day	virtualization	other	20781	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	bonding		2969	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	bonding	no	2969	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	cpu_cores		2969	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	cpu_cores	4	2969	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	cpu_model		2969	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	cpu_model	AMD EPYC 7302P 16-Core Processor	2969	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	cpu_vendor		2969	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	cpu_vendor	amd	2969	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	disk_kind		2969	1	2
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	disk_kind	hdd	2969	1	2
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	distribution		2969	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	distribution	debian 12	2969	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	kernel		2969	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	kernel	6.1.0-26-amd64	2969	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	memory		2969	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	memory	4-8 GiB	2969	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	services		2969	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	services	libvirtd	2969	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	ssd		2969	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	ssd	no	2969	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	teaming		2969	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	teaming	no	2969	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	virtualization		2969	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	dist_week	virtualization	other	2969	1	1
a22744bc-a4b4-499a-b378-f4e9f3317332	host_day			20781	1	0
a22744bc-a4b4-499a-b378-f4e9f3317332	reports			2969	1	0
a22744bc-a4b4-499a-b378-f4e9f3317332	week_active			2969	1	0
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	bonding		20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	bonding	yes	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	container_count		20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	container_count	1-5	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	containers		20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	containers	yes	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	cpu_cores		20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	cpu_cores	4	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	cpu_model		20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	cpu_vendor		20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	cpu_vendor	intel	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	ct_cpus		20781	1	4
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	ct_cpus	2	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	ct_cpus	<=4	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	ct_cpus	unset	20781	1	2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	ct_disk		20781	1	4
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	ct_disk	<=10G	20781	1	2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	ct_disk	<=50G	20781	1	2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	ct_features		20781	1	2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	ct_features	fuse	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	ct_features	nfs	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	ct_os		20781	1	4
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	ct_os	centos-7	20781	1	2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	ct_os	other	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	ct_os	ubuntu-16.04	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	ct_ram		20781	1	4
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	ct_ram	<=1G	20781	1	2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	ct_ram	<=2G	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	ct_ram	<=4G	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	disk_kind		20781	1	3
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	disk_kind	hdd	20781	1	2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	disk_kind	nvme	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	disk_model		20781	1	3
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	disk_model	SAMSUNG MZQLB960HAJR-00007	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	disk_model	ST2000NM0055-1V4	20781	1	2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	distribution		20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	distribution	virtuozzo 7	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	guest_os		20781	1	2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	guest_os	centos	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	guest_os	windows	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	kernel		20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	kernel	3.10.0-1160.80.1.vz7.191.4	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	layout		20781	1	4
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	layout	ploop	20781	1	4
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	memory		20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	memory	128-256 GiB	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	ploop		20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	ploop	7.0.93-1.vz7	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	prlctl		20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	prlctl	7.0.182	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	readykernel		20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	readykernel	yes	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	readykernel_patch		20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	readykernel_patch	89.0-r1	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	running		20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	running	yes	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	services		20781	1	6
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	services	firewalld	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	services	libvirtd	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	services	prl-disp	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	services	tuned	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	services	vcmmd	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	services	vz	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	ssd		20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	ssd	yes	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	teaming		20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	teaming	no	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	templates		20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	templates	centos-6	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	virtualization		20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	virtualization	vz7	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	vm_memory		20781	1	2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	vm_memory	<=2G	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	vm_memory	<=8G	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	vm_vcpus		20781	1	2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	vm_vcpus	2	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	vm_vcpus	<=4	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	vms		20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	vms	yes	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	vswap		20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	vswap	yes	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	vzctl		20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	vzctl	7.0.229	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	vzkernel		20781	1	2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	vzkernel	3.10.0-1160.80.1.vz7.191.4	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_day	vzkernel	3.10.0-514.26.1.vz7.33.22	20781	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	bonding		2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	bonding	yes	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	container_count		2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	container_count	1-5	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	containers		2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	containers	yes	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	cpu_cores		2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	cpu_cores	4	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	cpu_model		2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	cpu_vendor		2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	cpu_vendor	intel	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ct_cpus		2969	1	4
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ct_cpus	2	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ct_cpus	<=4	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ct_cpus	unset	2969	1	2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ct_disk		2969	1	4
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ct_disk	<=10G	2969	1	2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ct_disk	<=50G	2969	1	2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ct_features		2969	1	2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ct_features	fuse	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ct_features	nfs	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ct_os		2969	1	4
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ct_os	centos-7	2969	1	2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ct_os	other	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ct_os	ubuntu-16.04	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ct_ram		2969	1	4
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ct_ram	<=1G	2969	1	2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ct_ram	<=2G	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ct_ram	<=4G	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	disk_kind		2969	1	3
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	disk_kind	hdd	2969	1	2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	disk_kind	nvme	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	disk_model		2969	1	3
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	disk_model	ST2000NM0055-1V4	2969	1	2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	distribution		2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	distribution	virtuozzo 7	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	guest_os		2969	1	2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	guest_os	centos	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	guest_os	windows	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	kernel		2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	kernel	3.10.0-1160.80.1.vz7.191.4	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	layout		2969	1	4
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	layout	ploop	2969	1	4
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	memory		2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	memory	128-256 GiB	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ploop		2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ploop	7.0.93-1.vz7	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	prlctl		2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	prlctl	7.0.182	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	readykernel		2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	readykernel	yes	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	readykernel_patch		2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	readykernel_patch	89.0-r1	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	running		2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	running	yes	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	services		2969	1	6
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	services	firewalld	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	services	libvirtd	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	services	prl-disp	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	services	tuned	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	services	vcmmd	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	services	vz	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ssd		2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	ssd	yes	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	teaming		2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	teaming	no	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	templates		2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	templates	centos-6	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	virtualization		2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	virtualization	vz7	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	vm_memory		2969	1	2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	vm_memory	<=2G	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	vm_memory	<=8G	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	vm_vcpus		2969	1	2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	vm_vcpus	2	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	vm_vcpus	<=4	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	vms		2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	vms	yes	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	vswap		2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	vswap	yes	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	vzctl		2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	vzctl	7.0.229	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	vzkernel		2969	1	2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	vzkernel	3.10.0-1160.80.1.vz7.191.4	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	dist_week	vzkernel	3.10.0-514.26.1.vz7.33.22	2969	1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	host_day			20781	1	0
a67d5df8-aa77-4c4c-a04a-d9998f54394b	reports			2969	1	0
a67d5df8-aa77-4c4c-a04a-d9998f54394b	week_active			2969	1	0
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	bonding		20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	bonding	yes	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	container_count		20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	container_count	1-5	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	containers		20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	containers	yes	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	cpu_cores		20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	cpu_cores	4	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	cpu_model		20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	cpu_vendor		20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	cpu_vendor	intel	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	ct_cpus		20781	1	4
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	ct_cpus	2	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	ct_cpus	<=4	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	ct_cpus	unset	20781	1	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	ct_disk		20781	1	4
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	ct_disk	<=10G	20781	1	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	ct_disk	<=50G	20781	1	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	ct_features		20781	1	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	ct_features	fuse	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	ct_features	nfs	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	ct_os		20781	1	4
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	ct_os	centos-7	20781	1	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	ct_os	other	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	ct_os	ubuntu-16.04	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	ct_ram		20781	1	4
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	ct_ram	<=1G	20781	1	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	ct_ram	<=2G	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	ct_ram	<=4G	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	disk_kind		20781	1	3
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	disk_kind	hdd	20781	1	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	disk_kind	nvme	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	disk_model		20781	1	3
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	disk_model	SAMSUNG MZQLB960HAJR-00007	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	disk_model	ST2000NM0055-1V4	20781	1	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	distribution		20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	distribution	virtuozzo 7	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	guest_os		20781	1	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	guest_os	centos	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	guest_os	windows	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	kernel		20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	kernel	3.10.0-1160.80.1.vz7.191.4	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	layout		20781	1	4
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	layout	ploop	20781	1	4
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	memory		20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	memory	128-256 GiB	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	ploop		20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	ploop	7.0.93-1.vz7	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	prlctl		20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	prlctl	7.0.182	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	readykernel		20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	readykernel	yes	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	readykernel_patch		20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	readykernel_patch	89.0-r1	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	running		20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	running	yes	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	services		20781	1	6
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	services	firewalld	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	services	libvirtd	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	services	prl-disp	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	services	tuned	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	services	vcmmd	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	services	vz	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	ssd		20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	ssd	yes	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	teaming		20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	teaming	no	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	templates		20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	templates	centos-6	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	virtualization		20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	virtualization	vz7	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	vm_memory		20781	1	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	vm_memory	<=2G	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	vm_memory	<=8G	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	vm_vcpus		20781	1	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	vm_vcpus	2	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	vm_vcpus	<=4	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	vms		20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	vms	yes	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	vswap		20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	vswap	yes	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	vzctl		20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	vzctl	7.0.229	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	vzkernel		20781	1	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	vzkernel	3.10.0-1160.80.1.vz7.191.4	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_day	vzkernel	3.10.0-514.26.1.vz7.33.22	20781	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	bonding		2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	bonding	yes	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	container_count		2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	container_count	1-5	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	containers		2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	containers	yes	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	cpu_cores		2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	cpu_cores	4	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	cpu_model		2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	cpu_vendor		2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	cpu_vendor	intel	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ct_cpus		2969	1	4
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ct_cpus	2	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ct_cpus	<=4	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ct_cpus	unset	2969	1	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ct_disk		2969	1	4
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ct_disk	<=10G	2969	1	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ct_disk	<=50G	2969	1	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ct_features		2969	1	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ct_features	fuse	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ct_features	nfs	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ct_os		2969	1	4
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ct_os	centos-7	2969	1	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ct_os	other	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ct_os	ubuntu-16.04	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ct_ram		2969	1	4
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ct_ram	<=1G	2969	1	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ct_ram	<=2G	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ct_ram	<=4G	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	disk_kind		2969	1	3
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	disk_kind	hdd	2969	1	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	disk_kind	nvme	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	disk_model		2969	1	3
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	disk_model	ST2000NM0055-1V4	2969	1	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	distribution		2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	distribution	virtuozzo 7	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	guest_os		2969	1	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	guest_os	centos	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	guest_os	windows	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	kernel		2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	kernel	3.10.0-1160.80.1.vz7.191.4	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	layout		2969	1	4
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	layout	ploop	2969	1	4
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	memory		2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	memory	128-256 GiB	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ploop		2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ploop	7.0.93-1.vz7	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	prlctl		2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	prlctl	7.0.182	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	readykernel		2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	readykernel	yes	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	readykernel_patch		2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	readykernel_patch	89.0-r1	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	running		2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	running	yes	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	services		2969	1	6
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	services	firewalld	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	services	libvirtd	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	services	prl-disp	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	services	tuned	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	services	vcmmd	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	services	vz	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ssd		2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	ssd	yes	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	teaming		2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	teaming	no	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	templates		2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	templates	centos-6	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	virtualization		2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	virtualization	vz7	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	vm_memory		2969	1	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	vm_memory	<=2G	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	vm_memory	<=8G	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	vm_vcpus		2969	1	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	vm_vcpus	2	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	vm_vcpus	<=4	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	vms		2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	vms	yes	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	vswap		2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	vswap	yes	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	vzctl		2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	vzctl	7.0.229	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	vzkernel		2969	1	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	vzkernel	3.10.0-1160.80.1.vz7.191.4	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	dist_week	vzkernel	3.10.0-514.26.1.vz7.33.22	2969	1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	host_day			20781	1	0
8a0c9444-15a3-48f7-a5da-10df6c3497cf	reports			2969	1	0
8a0c9444-15a3-48f7-a5da-10df6c3497cf	week_active			2969	1	0
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	bonding		20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	bonding	yes	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	container_count		20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	container_count	1-5	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	containers		20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	containers	yes	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	cpu_cores		20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	cpu_cores	4	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	cpu_model		20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	cpu_vendor		20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	cpu_vendor	intel	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	ct_cpus		20781	1	4
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	ct_cpus	2	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	ct_cpus	<=4	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	ct_cpus	unset	20781	1	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	ct_disk		20781	1	4
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	ct_disk	<=10G	20781	1	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	ct_disk	<=50G	20781	1	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	ct_features		20781	1	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	ct_features	fuse	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	ct_features	nfs	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	ct_os		20781	1	4
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	ct_os	centos-7	20781	1	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	ct_os	other	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	ct_os	ubuntu-16.04	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	ct_ram		20781	1	4
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	ct_ram	<=1G	20781	1	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	ct_ram	<=2G	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	ct_ram	<=4G	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	disk_kind		20781	1	3
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	disk_kind	hdd	20781	1	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	disk_kind	nvme	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	disk_model		20781	1	3
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	disk_model	SAMSUNG MZQLB960HAJR-00007	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	disk_model	ST2000NM0055-1V4	20781	1	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	distribution		20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	distribution	virtuozzo 7	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	guest_os		20781	1	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	guest_os	centos	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	guest_os	windows	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	kernel		20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	kernel	3.10.0-1160.80.1.vz7.191.4	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	layout		20781	1	4
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	layout	ploop	20781	1	4
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	memory		20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	memory	128-256 GiB	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	ploop		20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	ploop	7.0.93-1.vz7	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	prlctl		20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	prlctl	7.0.182	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	readykernel		20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	readykernel	yes	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	readykernel_patch		20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	readykernel_patch	89.0-r1	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	running		20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	running	yes	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	services		20781	1	6
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	services	firewalld	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	services	libvirtd	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	services	prl-disp	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	services	tuned	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	services	vcmmd	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	services	vz	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	ssd		20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	ssd	yes	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	teaming		20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	teaming	no	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	templates		20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	templates	centos-6	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	virtualization		20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	virtualization	vz7	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	vm_memory		20781	1	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	vm_memory	<=2G	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	vm_memory	<=8G	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	vm_vcpus		20781	1	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	vm_vcpus	2	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	vm_vcpus	<=4	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	vms		20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	vms	yes	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	vswap		20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	vswap	yes	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	vzctl		20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	vzctl	7.0.229	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	vzkernel		20781	1	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	vzkernel	3.10.0-1160.80.1.vz7.191.4	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_day	vzkernel	3.10.0-514.26.1.vz7.33.22	20781	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	bonding		2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	bonding	yes	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	container_count		2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	container_count	1-5	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	containers		2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	containers	yes	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	cpu_cores		2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	cpu_cores	4	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	cpu_model		2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	cpu_vendor		2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	cpu_vendor	intel	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ct_cpus		2969	1	4
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ct_cpus	2	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ct_cpus	<=4	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ct_cpus	unset	2969	1	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ct_disk		2969	1	4
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ct_disk	<=10G	2969	1	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ct_disk	<=50G	2969	1	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ct_features		2969	1	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ct_features	fuse	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ct_features	nfs	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ct_os		2969	1	4
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ct_os	centos-7	2969	1	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ct_os	other	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ct_os	ubuntu-16.04	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ct_ram		2969	1	4
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ct_ram	<=1G	2969	1	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ct_ram	<=2G	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ct_ram	<=4G	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	disk_kind		2969	1	3
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	disk_kind	hdd	2969	1	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	disk_kind	nvme	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	disk_model		2969	1	3
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	disk_model	ST2000NM0055-1V4	2969	1	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	distribution		2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	distribution	virtuozzo 7	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	guest_os		2969	1	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	guest_os	centos	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	guest_os	windows	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	kernel		2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	kernel	3.10.0-1160.80.1.vz7.191.4	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	layout		2969	1	4
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	layout	ploop	2969	1	4
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	memory		2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	memory	128-256 GiB	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ploop		2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ploop	7.0.93-1.vz7	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	prlctl		2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	prlctl	7.0.182	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	readykernel		2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	readykernel	yes	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	readykernel_patch		2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	readykernel_patch	89.0-r1	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	running		2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	running	yes	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	services		2969	1	6
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	services	firewalld	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	services	libvirtd	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	services	prl-disp	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	services	tuned	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	services	vcmmd	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	services	vz	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ssd		2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	ssd	yes	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	teaming		2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	teaming	no	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	templates		2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	templates	centos-6	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	virtualization		2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	virtualization	vz7	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	vm_memory		2969	1	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	vm_memory	<=2G	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	vm_memory	<=8G	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	vm_vcpus		2969	1	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	vm_vcpus	2	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	vm_vcpus	<=4	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	vms		2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	vms	yes	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	vswap		2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	vswap	yes	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	vzctl		2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	vzctl	7.0.229	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	vzkernel		2969	1	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	vzkernel	3.10.0-1160.80.1.vz7.191.4	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	dist_week	vzkernel	3.10.0-514.26.1.vz7.33.22	2969	1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	host_day			20781	1	0
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	reports			2969	1	0
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	week_active			2969	1	0
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	bonding		20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	bonding	yes	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	container_count		20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	container_count	1-5	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	containers		20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	containers	yes	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	cpu_cores		20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	cpu_cores	4	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	cpu_model		20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	cpu_vendor		20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	cpu_vendor	intel	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	ct_cpus		20781	1	4
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	ct_cpus	2	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	ct_cpus	<=4	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	ct_cpus	unset	20781	1	2
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	ct_disk		20781	1	4
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	ct_disk	<=10G	20781	1	2
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	ct_disk	<=50G	20781	1	2
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	ct_features		20781	1	2
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	ct_features	fuse	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	ct_features	nfs	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	ct_os		20781	1	4
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	ct_os	centos-7	20781	1	2
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	ct_os	other	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	ct_os	ubuntu-16.04	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	ct_ram		20781	1	4
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	ct_ram	<=1G	20781	1	2
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	ct_ram	<=2G	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	ct_ram	<=4G	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	disk_kind		20781	1	3
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	disk_kind	hdd	20781	1	2
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	disk_kind	nvme	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	disk_model		20781	1	3
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	disk_model	SAMSUNG MZQLB960HAJR-00007	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	disk_model	ST2000NM0055-1V4	20781	1	2
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	distribution		20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	distribution	virtuozzo 7	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	guest_os		20781	1	2
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	guest_os	centos	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	guest_os	windows	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	kernel		20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	kernel	3.10.0-1160.80.1.vz7.191.4	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	layout		20781	1	4
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	layout	ploop	20781	1	4
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	memory		20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	memory	128-256 GiB	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	ploop		20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	ploop	7.0.93-1.vz7	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	prlctl		20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	prlctl	7.0.182	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	readykernel		20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	readykernel	yes	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	readykernel_patch		20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	readykernel_patch	89.0-r1	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	running		20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	running	yes	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	services		20781	1	6
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	services	firewalld	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	services	libvirtd	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	services	prl-disp	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	services	tuned	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	services	vcmmd	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	services	vz	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	ssd		20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	ssd	yes	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	teaming		20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	teaming	no	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	templates		20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	templates	centos-6	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	virtualization		20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	virtualization	vz7	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	vm_memory		20781	1	2
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	vm_memory	<=2G	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	vm_memory	<=8G	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	vm_vcpus		20781	1	2
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	vm_vcpus	2	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	vm_vcpus	<=4	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	vms		20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	vms	yes	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	vswap		20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	vswap	yes	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	vzctl		20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	vzctl	7.0.229	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	vzkernel		20781	1	2
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	vzkernel	3.10.0-1160.80.1.vz7.191.4	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_day	vzkernel	3.10.0-514.26.1.vz7.33.22	20781	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	bonding		2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	bonding	yes	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	container_count		2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	container_count	1-5	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	containers		2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	containers	yes	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	cpu_cores		2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	cpu_cores	4	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	cpu_model		2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	cpu_vendor		2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	cpu_vendor	intel	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ct_cpus		2969	1	4
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ct_cpus	2	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ct_cpus	<=4	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ct_cpus	unset	2969	1	2
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ct_disk		2969	1	4
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ct_disk	<=10G	2969	1	2
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ct_disk	<=50G	2969	1	2
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ct_features		2969	1	2
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ct_features	fuse	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ct_features	nfs	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ct_os		2969	1	4
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ct_os	centos-7	2969	1	2
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ct_os	other	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ct_os	ubuntu-16.04	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ct_ram		2969	1	4
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ct_ram	<=1G	2969	1	2
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ct_ram	<=2G	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ct_ram	<=4G	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	disk_kind		2969	1	3
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	disk_kind	hdd	2969	1	2
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	disk_kind	nvme	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	disk_model		2969	1	3
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	disk_model	ST2000NM0055-1V4	2969	1	2
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	distribution		2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	distribution	virtuozzo 7	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	guest_os		2969	1	2
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	guest_os	centos	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	guest_os	windows	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	kernel		2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	kernel	3.10.0-1160.80.1.vz7.191.4	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	layout		2969	1	4
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	layout	ploop	2969	1	4
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	memory		2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	memory	128-256 GiB	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ploop		2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ploop	7.0.93-1.vz7	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	prlctl		2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	prlctl	7.0.182	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	readykernel		2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	readykernel	yes	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	readykernel_patch		2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	readykernel_patch	89.0-r1	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	running		2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	running	yes	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	services		2969	1	6
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	services	firewalld	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	services	libvirtd	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	services	prl-disp	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	services	tuned	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	services	vcmmd	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	services	vz	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ssd		2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	ssd	yes	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	teaming		2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	teaming	no	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	templates		2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	templates	centos-6	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	virtualization		2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	virtualization	vz7	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	vm_memory		2969	1	2
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	vm_memory	<=2G	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	vm_memory	<=8G	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	vm_vcpus		2969	1	2
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	vm_vcpus	2	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	vm_vcpus	<=4	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	vms		2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	vms	yes	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	vswap		2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	vswap	yes	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	vzctl		2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	vzctl	7.0.229	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	vzkernel		2969	1	2
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	vzkernel	3.10.0-1160.80.1.vz7.191.4	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	dist_week	vzkernel	3.10.0-514.26.1.vz7.33.22	2969	1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	host_day			20781	1	0
6d5949ca-4785-4b2c-b863-d9df8c283331	reports			2969	1	0
6d5949ca-4785-4b2c-b863-d9df8c283331	week_active			2969	1	0
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	bonding		20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	bonding	yes	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	container_count		20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	container_count	1-5	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	containers		20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	containers	yes	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	cpu_cores		20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	cpu_cores	4	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	cpu_model		20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	cpu_vendor		20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	cpu_vendor	intel	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	ct_cpus		20781	1	4
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	ct_cpus	2	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	ct_cpus	<=4	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	ct_cpus	unset	20781	1	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	ct_disk		20781	1	4
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	ct_disk	<=10G	20781	1	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	ct_disk	<=50G	20781	1	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	ct_features		20781	1	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	ct_features	fuse	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	ct_features	nfs	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	ct_os		20781	1	4
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	ct_os	centos-7	20781	1	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	ct_os	other	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	ct_os	ubuntu-16.04	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	ct_ram		20781	1	4
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	ct_ram	<=1G	20781	1	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	ct_ram	<=2G	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	ct_ram	<=4G	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	disk_kind		20781	1	3
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	disk_kind	hdd	20781	1	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	disk_kind	nvme	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	disk_model		20781	1	3
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	disk_model	SAMSUNG MZQLB960HAJR-00007	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	disk_model	ST2000NM0055-1V4	20781	1	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	distribution		20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	distribution	virtuozzo 7	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	guest_os		20781	1	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	guest_os	centos	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	guest_os	windows	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	kernel		20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	kernel	3.10.0-1160.80.1.vz7.191.4	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	layout		20781	1	4
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	layout	ploop	20781	1	4
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	memory		20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	memory	128-256 GiB	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	ploop		20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	ploop	7.0.93-1.vz7	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	prlctl		20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	prlctl	7.0.182	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	readykernel		20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	readykernel	yes	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	readykernel_patch		20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	readykernel_patch	89.0-r1	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	running		20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	running	yes	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	services		20781	1	6
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	services	firewalld	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	services	libvirtd	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	services	prl-disp	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	services	tuned	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	services	vcmmd	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	services	vz	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	ssd		20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	ssd	yes	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	teaming		20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	teaming	no	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	templates		20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	templates	centos-6	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	virtualization		20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	virtualization	vz7	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	vm_memory		20781	1	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	vm_memory	<=2G	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	vm_memory	<=8G	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	vm_vcpus		20781	1	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	vm_vcpus	2	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	vm_vcpus	<=4	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	vms		20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	vms	yes	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	vswap		20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	vswap	yes	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	vzctl		20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	vzctl	7.0.229	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	vzkernel		20781	1	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	vzkernel	3.10.0-1160.80.1.vz7.191.4	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_day	vzkernel	3.10.0-514.26.1.vz7.33.22	20781	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	bonding		2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	bonding	yes	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	container_count		2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	container_count	1-5	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	containers		2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	containers	yes	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	cpu_cores		2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	cpu_cores	4	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	cpu_model		2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	cpu_vendor		2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	cpu_vendor	intel	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ct_cpus		2969	1	4
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ct_cpus	2	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ct_cpus	<=4	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ct_cpus	unset	2969	1	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ct_disk		2969	1	4
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ct_disk	<=10G	2969	1	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ct_disk	<=50G	2969	1	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ct_features		2969	1	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ct_features	fuse	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ct_features	nfs	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ct_os		2969	1	4
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ct_os	centos-7	2969	1	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ct_os	other	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ct_os	ubuntu-16.04	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ct_ram		2969	1	4
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ct_ram	<=1G	2969	1	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ct_ram	<=2G	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ct_ram	<=4G	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	disk_kind		2969	1	3
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	disk_kind	hdd	2969	1	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	disk_kind	nvme	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	disk_model		2969	1	3
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	disk_model	SAMSUNG MZQLB960HAJR-00007	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	disk_model	ST2000NM0055-1V4	2969	1	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	distribution		2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	distribution	virtuozzo 7	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	guest_os		2969	1	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	guest_os	centos	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	guest_os	windows	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	kernel		2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	kernel	3.10.0-1160.80.1.vz7.191.4	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	layout		2969	1	4
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	layout	ploop	2969	1	4
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	memory		2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	memory	128-256 GiB	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ploop		2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ploop	7.0.93-1.vz7	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	prlctl		2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	prlctl	7.0.182	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	readykernel		2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	readykernel	yes	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	readykernel_patch		2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	readykernel_patch	89.0-r1	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	running		2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	running	yes	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	services		2969	1	6
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	services	firewalld	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	services	libvirtd	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	services	prl-disp	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	services	tuned	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	services	vcmmd	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	services	vz	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ssd		2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	ssd	yes	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	teaming		2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	teaming	no	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	templates		2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	templates	centos-6	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	virtualization		2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	virtualization	vz7	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	vm_memory		2969	1	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	vm_memory	<=2G	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	vm_memory	<=8G	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	vm_vcpus		2969	1	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	vm_vcpus	2	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	vm_vcpus	<=4	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	vms		2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	vms	yes	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	vswap		2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	vswap	yes	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	vzctl		2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	vzctl	7.0.229	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	vzkernel		2969	1	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	vzkernel	3.10.0-1160.80.1.vz7.191.4	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	dist_week	vzkernel	3.10.0-514.26.1.vz7.33.22	2969	1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	host_day			20781	1	0
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	reports			2969	1	0
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	week_active			2969	1	0
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_day	container_count		20781	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_day	container_count	6-20	20781	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_day	containers		20781	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_day	containers	yes	20781	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_day	cpu_cores		20781	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_day	cpu_cores	4	20781	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_day	cpu_model		20781	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_day	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20781	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_day	cpu_vendor		20781	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_day	cpu_vendor	Intel	20781	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_day	ct_os		20781	1	3
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_day	ct_os	centos-6	20781	1	2
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_day	ct_os	debian-7.0	20781	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_day	distribution		20781	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_day	distribution	vzlinux 7.3	20781	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_day	kernel		20781	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_day	kernel	2.6.32-042stab145.3	20781	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_day	layout		20781	1	9
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_day	layout	ploop	20781	1	4
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_day	layout	simfs	20781	1	5
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_day	memory		20781	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_day	memory	<=1 GiB	20781	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_day	ploop		20781	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_day	ploop	1.15	20781	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_day	running		20781	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_day	running	yes	20781	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_day	virtualization		20781	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_day	virtualization	openvz-legacy	20781	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_day	vswap		20781	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_day	vswap	yes	20781	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_day	vzctl		20781	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_day	vzctl	4.9.4	20781	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_day	vzkernel		20781	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_day	vzkernel	2.6.32	20781	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	container_count		2969	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	container_count	6-20	2969	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	containers		2969	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	containers	yes	2969	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	cpu_cores		2969	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	cpu_cores	4	2969	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	cpu_model		2969	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2969	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	cpu_vendor		2969	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	cpu_vendor	Intel	2969	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	ct_os		2969	1	3
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	ct_os	centos-6	2969	1	2
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	ct_os	debian-7.0	2969	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	distribution		2969	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	distribution	vzlinux 7.3	2969	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	kernel		2969	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	kernel	2.6.32-042stab145.3	2969	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	layout		2969	1	9
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	layout	ploop	2969	1	4
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	layout	simfs	2969	1	5
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	memory		2969	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	memory	<=1 GiB	2969	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	ploop		2969	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	ploop	1.15	2969	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	running		2969	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	running	yes	2969	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	virtualization		2969	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	virtualization	openvz-legacy	2969	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	vswap		2969	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	vswap	yes	2969	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	vzctl		2969	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	vzctl	4.9.4	2969	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	vzkernel		2969	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	dist_week	vzkernel	2.6.32	2969	1	1
f77a3a71-a168-4180-86df-a8665ef4aaef	host_day			20781	1	0
f77a3a71-a168-4180-86df-a8665ef4aaef	reports			2969	1	0
f77a3a71-a168-4180-86df-a8665ef4aaef	week_active			2969	1	0
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_day	container_count		20781	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_day	container_count	6-20	20781	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_day	containers		20781	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_day	containers	yes	20781	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_day	cpu_cores		20781	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_day	cpu_cores	4	20781	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_day	cpu_model		20781	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_day	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20781	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_day	cpu_vendor		20781	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_day	cpu_vendor	Intel	20781	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_day	ct_os		20781	1	3
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_day	ct_os	centos-6	20781	1	2
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_day	ct_os	debian-7.0	20781	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_day	distribution		20781	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_day	distribution	vzlinux 7.3	20781	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_day	kernel		20781	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_day	kernel	2.6.32-042stab145.3	20781	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_day	layout		20781	1	9
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_day	layout	ploop	20781	1	4
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_day	layout	simfs	20781	1	5
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_day	memory		20781	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_day	memory	<=1 GiB	20781	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_day	ploop		20781	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_day	ploop	1.15	20781	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_day	running		20781	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_day	running	yes	20781	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_day	virtualization		20781	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_day	virtualization	openvz-legacy	20781	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_day	vswap		20781	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_day	vswap	yes	20781	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_day	vzctl		20781	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_day	vzctl	4.9.4	20781	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_day	vzkernel		20781	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_day	vzkernel	2.6.32	20781	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	container_count		2969	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	container_count	6-20	2969	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	containers		2969	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	containers	yes	2969	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	cpu_cores		2969	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	cpu_cores	4	2969	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	cpu_model		2969	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2969	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	cpu_vendor		2969	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	cpu_vendor	Intel	2969	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	ct_os		2969	1	3
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	ct_os	centos-6	2969	1	2
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	ct_os	debian-7.0	2969	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	distribution		2969	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	distribution	vzlinux 7.3	2969	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	kernel		2969	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	kernel	2.6.32-042stab145.3	2969	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	layout		2969	1	9
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	layout	ploop	2969	1	4
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	layout	simfs	2969	1	5
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	memory		2969	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	memory	<=1 GiB	2969	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	ploop		2969	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	ploop	1.15	2969	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	running		2969	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	running	yes	2969	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	virtualization		2969	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	virtualization	openvz-legacy	2969	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	vswap		2969	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	vswap	yes	2969	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	vzctl		2969	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	vzctl	4.9.4	2969	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	vzkernel		2969	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	dist_week	vzkernel	2.6.32	2969	1	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	host_day			20781	1	0
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	reports			2969	1	0
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	week_active			2969	1	0
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_day	container_count		20781	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_day	container_count	6-20	20781	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_day	containers		20781	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_day	containers	yes	20781	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_day	cpu_cores		20781	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_day	cpu_cores	4	20781	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_day	cpu_model		20781	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_day	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20781	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_day	cpu_vendor		20781	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_day	cpu_vendor	Intel	20781	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_day	ct_os		20781	1	3
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_day	ct_os	centos-6	20781	1	2
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_day	ct_os	debian-7.0	20781	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_day	distribution		20781	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_day	distribution	vzlinux 7.3	20781	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_day	kernel		20781	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_day	kernel	2.6.32-042stab145.3	20781	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_day	layout		20781	1	9
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_day	layout	ploop	20781	1	4
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_day	layout	simfs	20781	1	5
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_day	memory		20781	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_day	memory	<=1 GiB	20781	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_day	ploop		20781	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_day	ploop	1.15	20781	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_day	running		20781	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_day	running	yes	20781	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_day	virtualization		20781	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_day	virtualization	openvz-legacy	20781	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_day	vswap		20781	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_day	vswap	yes	20781	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_day	vzctl		20781	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_day	vzctl	4.9.4	20781	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_day	vzkernel		20781	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_day	vzkernel	2.6.32	20781	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	container_count		2969	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	container_count	6-20	2969	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	containers		2969	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	containers	yes	2969	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	cpu_cores		2969	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	cpu_cores	4	2969	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	cpu_model		2969	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2969	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	cpu_vendor		2969	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	cpu_vendor	Intel	2969	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	ct_os		2969	1	3
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	ct_os	centos-6	2969	1	2
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	ct_os	debian-7.0	2969	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	distribution		2969	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	distribution	vzlinux 7.3	2969	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	kernel		2969	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	kernel	2.6.32-042stab145.3	2969	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	layout		2969	1	9
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	layout	ploop	2969	1	4
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	layout	simfs	2969	1	5
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	memory		2969	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	memory	<=1 GiB	2969	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	ploop		2969	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	ploop	1.15	2969	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	running		2969	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	running	yes	2969	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	virtualization		2969	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	virtualization	openvz-legacy	2969	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	vswap		2969	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	vswap	yes	2969	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	vzctl		2969	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	vzctl	4.9.4	2969	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	vzkernel		2969	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	dist_week	vzkernel	2.6.32	2969	1	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	host_day			20781	1	0
c3601b2c-18ca-4520-82e2-e5e36455db1f	reports			2969	1	0
c3601b2c-18ca-4520-82e2-e5e36455db1f	week_active			2969	1	0
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_day	container_count		20781	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_day	container_count	6-20	20781	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_day	containers		20781	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_day	containers	yes	20781	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_day	cpu_cores		20781	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_day	cpu_cores	4	20781	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_day	cpu_model		20781	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_day	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20781	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_day	cpu_vendor		20781	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_day	cpu_vendor	Intel	20781	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_day	ct_os		20781	1	3
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_day	ct_os	centos-6	20781	1	2
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_day	ct_os	debian-7.0	20781	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_day	distribution		20781	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_day	distribution	vzlinux 7.3	20781	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_day	kernel		20781	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_day	kernel	2.6.32-042stab145.3	20781	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_day	layout		20781	1	9
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_day	layout	ploop	20781	1	4
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_day	layout	simfs	20781	1	5
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_day	memory		20781	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_day	memory	<=1 GiB	20781	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_day	ploop		20781	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_day	ploop	1.15	20781	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_day	running		20781	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_day	running	yes	20781	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_day	virtualization		20781	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_day	virtualization	openvz-legacy	20781	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_day	vswap		20781	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_day	vswap	yes	20781	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_day	vzctl		20781	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_day	vzctl	4.9.4	20781	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_day	vzkernel		20781	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_day	vzkernel	2.6.32	20781	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	container_count		2969	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	container_count	6-20	2969	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	containers		2969	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	containers	yes	2969	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	cpu_cores		2969	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	cpu_cores	4	2969	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	cpu_model		2969	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2969	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	cpu_vendor		2969	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	cpu_vendor	Intel	2969	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	ct_os		2969	1	3
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	ct_os	centos-6	2969	1	2
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	ct_os	debian-7.0	2969	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	distribution		2969	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	distribution	vzlinux 7.3	2969	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	kernel		2969	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	kernel	2.6.32-042stab145.3	2969	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	layout		2969	1	9
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	layout	ploop	2969	1	4
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	layout	simfs	2969	1	5
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	memory		2969	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	memory	<=1 GiB	2969	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	ploop		2969	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	ploop	1.15	2969	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	running		2969	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	running	yes	2969	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	virtualization		2969	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	virtualization	openvz-legacy	2969	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	vswap		2969	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	vswap	yes	2969	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	vzctl		2969	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	vzctl	4.9.4	2969	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	vzkernel		2969	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	dist_week	vzkernel	2.6.32	2969	1	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	host_day			20781	1	0
fbc858d2-2b34-43eb-b041-5e51d8b20d73	reports			2969	1	0
fbc858d2-2b34-43eb-b041-5e51d8b20d73	week_active			2969	1	0
7fa8b641-5c50-419e-8146-282719a7816b	dist_day	container_count		20781	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_day	container_count	6-20	20781	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_day	containers		20781	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_day	containers	yes	20781	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_day	cpu_cores		20781	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_day	cpu_cores	4	20781	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_day	cpu_model		20781	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_day	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	20781	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_day	cpu_vendor		20781	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_day	cpu_vendor	Intel	20781	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_day	ct_os		20781	1	3
7fa8b641-5c50-419e-8146-282719a7816b	dist_day	ct_os	centos-6	20781	1	2
7fa8b641-5c50-419e-8146-282719a7816b	dist_day	ct_os	debian-7.0	20781	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_day	distribution		20781	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_day	distribution	vzlinux 7.3	20781	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_day	kernel		20781	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_day	kernel	2.6.32-042stab145.3	20781	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_day	layout		20781	1	9
7fa8b641-5c50-419e-8146-282719a7816b	dist_day	layout	ploop	20781	1	4
7fa8b641-5c50-419e-8146-282719a7816b	dist_day	layout	simfs	20781	1	5
7fa8b641-5c50-419e-8146-282719a7816b	dist_day	memory		20781	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_day	memory	<=1 GiB	20781	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_day	ploop		20781	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_day	ploop	1.15	20781	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_day	running		20781	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_day	running	yes	20781	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_day	virtualization		20781	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_day	virtualization	openvz-legacy	20781	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_day	vswap		20781	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_day	vswap	yes	20781	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_day	vzctl		20781	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_day	vzctl	4.9.4	20781	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_day	vzkernel		20781	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_day	vzkernel	2.6.32	20781	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	container_count		2969	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	container_count	6-20	2969	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	containers		2969	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	containers	yes	2969	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	cpu_cores		2969	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	cpu_cores	4	2969	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	cpu_model		2969	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	2969	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	cpu_vendor		2969	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	cpu_vendor	Intel	2969	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	ct_os		2969	1	3
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	ct_os	centos-6	2969	1	2
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	ct_os	debian-7.0	2969	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	distribution		2969	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	distribution	vzlinux 7.3	2969	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	kernel		2969	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	kernel	2.6.32-042stab145.3	2969	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	layout		2969	1	9
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	layout	ploop	2969	1	4
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	layout	simfs	2969	1	5
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	memory		2969	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	memory	<=1 GiB	2969	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	ploop		2969	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	ploop	1.15	2969	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	running		2969	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	running	yes	2969	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	virtualization		2969	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	virtualization	openvz-legacy	2969	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	vswap		2969	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	vswap	yes	2969	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	vzctl		2969	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	vzctl	4.9.4	2969	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	vzkernel		2969	1	1
7fa8b641-5c50-419e-8146-282719a7816b	dist_week	vzkernel	2.6.32	2969	1	1
7fa8b641-5c50-419e-8146-282719a7816b	host_day			20781	1	0
7fa8b641-5c50-419e-8146-282719a7816b	reports			2969	1	0
7fa8b641-5c50-419e-8146-282719a7816b	week_active			2969	1	0
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

COPY public.host_keys (host_id, dist, key, weight) FROM stdin;
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	bonding		1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	bonding	yes	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	container_count		1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	container_count	1-5	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	containers		1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	containers	yes	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	cpu_cores		1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	cpu_cores	4	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	cpu_model		1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	cpu_vendor		1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	cpu_vendor	intel	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	ct_cpus	2	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	ct_cpus	unset	3
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	ct_disk	<=10G	2
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	ct_disk	<=20G	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	ct_disk	<=50G	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	ct_features		1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	ct_features	nfs	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	ct_os	centos-7	2
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	ct_ram	<=2G	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	ct_ram	<=4G	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	disk_kind		3
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	disk_kind	hdd	2
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	disk_kind	nvme	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	disk_model		3
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	disk_model	SAMSUNG MZQLB960HAJR-00007	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	disk_model	ST2000NM0055-1V4	2
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	distribution		1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	distribution	virtuozzo 7	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	guest_os		2
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	guest_os	centos	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	guest_os	windows	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	kernel		1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	layout	simfs	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	memory		1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	memory	32-64 GiB	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	ploop		1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	prlctl		1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	readykernel		1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	readykernel	yes	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	readykernel_patch		1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	readykernel_patch	89.0-r1	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	running		1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	running	yes	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	services		6
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	services	firewalld	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	services	libvirtd	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	services	prl-disp	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	services	tuned	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	services	vcmmd	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	services	vz	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	ssd		1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	ssd	yes	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	teaming		1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	teaming	no	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	virtualization		1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	virtualization	vz7	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	vm_memory		2
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	vm_memory	<=2G	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	vm_memory	<=8G	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	vm_vcpus		2
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	vm_vcpus	2	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	vm_vcpus	<=4	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	vms		1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	vms	yes	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	vswap		1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	vswap	yes	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	vzctl		1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	bonding		1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	bonding	yes	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	container_count		1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	container_count	1-5	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	containers		1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	containers	yes	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	cpu_cores		1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	cpu_cores	4	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	cpu_model		1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	cpu_vendor		1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	cpu_vendor	intel	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	ct_cpus	2	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	ct_cpus	unset	3
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	ct_disk	<=10G	2
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	ct_disk	<=20G	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	ct_disk	<=50G	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	ct_features		1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	ct_features	nfs	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	ct_os	centos-7	2
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	ct_ram	<=2G	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	ct_ram	<=4G	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	disk_kind		3
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	disk_kind	hdd	2
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	disk_kind	nvme	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	disk_model		3
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	disk_model	SAMSUNG MZQLB960HAJR-00007	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	disk_model	ST2000NM0055-1V4	2
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	distribution		1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	distribution	virtuozzo 7	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	guest_os		2
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	guest_os	centos	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	guest_os	windows	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	kernel		1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	layout	simfs	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	memory		1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	memory	32-64 GiB	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	ploop		1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	prlctl		1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	readykernel		1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	readykernel	yes	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	readykernel_patch		1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	readykernel_patch	89.0-r1	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	running		1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	running	yes	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	services		6
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	services	firewalld	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	services	libvirtd	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	services	prl-disp	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	services	tuned	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	services	vcmmd	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	services	vz	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	ssd		1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	ssd	yes	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	teaming		1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	teaming	no	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	virtualization		1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	virtualization	vz7	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	vm_memory		2
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	vm_memory	<=2G	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	vm_memory	<=8G	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	vm_vcpus		2
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	vm_vcpus	2	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	vm_vcpus	<=4	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	vms		1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	vms	yes	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	vswap		1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	vswap	yes	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	vzctl		1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	bonding		1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	bonding	yes	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	container_count		1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	container_count	1-5	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	containers		1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	containers	yes	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	cpu_cores		1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	cpu_cores	4	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	cpu_model		1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	cpu_vendor		1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	cpu_vendor	intel	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	ct_cpus	2	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	ct_cpus	unset	3
5d29d753-0e88-4e4b-82fc-ece2fec989a7	ct_disk	<=10G	2
5d29d753-0e88-4e4b-82fc-ece2fec989a7	ct_disk	<=20G	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	ct_disk	<=50G	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	ct_features		1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	ct_features	nfs	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	ct_os	centos-7	2
5d29d753-0e88-4e4b-82fc-ece2fec989a7	ct_ram	<=2G	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	ct_ram	<=4G	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	disk_kind		3
5d29d753-0e88-4e4b-82fc-ece2fec989a7	disk_kind	hdd	2
5d29d753-0e88-4e4b-82fc-ece2fec989a7	disk_kind	nvme	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	disk_model		3
5d29d753-0e88-4e4b-82fc-ece2fec989a7	disk_model	SAMSUNG MZQLB960HAJR-00007	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	disk_model	ST2000NM0055-1V4	2
5d29d753-0e88-4e4b-82fc-ece2fec989a7	distribution		1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	distribution	virtuozzo 7	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	guest_os		2
5d29d753-0e88-4e4b-82fc-ece2fec989a7	guest_os	centos	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	guest_os	windows	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	kernel		1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	layout	simfs	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	memory		1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	memory	32-64 GiB	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	ploop		1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	prlctl		1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	readykernel		1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	readykernel	yes	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	readykernel_patch		1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	readykernel_patch	89.0-r1	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	running		1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	running	yes	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	services		6
5d29d753-0e88-4e4b-82fc-ece2fec989a7	services	firewalld	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	services	libvirtd	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	services	prl-disp	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	services	tuned	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	services	vcmmd	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	services	vz	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	ssd		1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	ssd	yes	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	teaming		1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	teaming	no	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	virtualization		1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	virtualization	vz7	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	vm_memory		2
5d29d753-0e88-4e4b-82fc-ece2fec989a7	vm_memory	<=2G	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	vm_memory	<=8G	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	vm_vcpus		2
5d29d753-0e88-4e4b-82fc-ece2fec989a7	vm_vcpus	2	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	vm_vcpus	<=4	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	vms		1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	vms	yes	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	vswap		1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	vswap	yes	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	vzctl		1
31d6d449-e63a-4614-8a66-562a07797427	bonding		1
31d6d449-e63a-4614-8a66-562a07797427	bonding	yes	1
31d6d449-e63a-4614-8a66-562a07797427	container_count		1
31d6d449-e63a-4614-8a66-562a07797427	container_count	1-5	1
31d6d449-e63a-4614-8a66-562a07797427	containers		1
31d6d449-e63a-4614-8a66-562a07797427	containers	yes	1
31d6d449-e63a-4614-8a66-562a07797427	cpu_cores		1
31d6d449-e63a-4614-8a66-562a07797427	cpu_cores	4	1
31d6d449-e63a-4614-8a66-562a07797427	cpu_model		1
31d6d449-e63a-4614-8a66-562a07797427	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	1
31d6d449-e63a-4614-8a66-562a07797427	cpu_vendor		1
31d6d449-e63a-4614-8a66-562a07797427	cpu_vendor	intel	1
31d6d449-e63a-4614-8a66-562a07797427	ct_cpus	2	1
31d6d449-e63a-4614-8a66-562a07797427	ct_cpus	unset	3
31d6d449-e63a-4614-8a66-562a07797427	ct_disk	<=10G	2
31d6d449-e63a-4614-8a66-562a07797427	ct_disk	<=20G	1
31d6d449-e63a-4614-8a66-562a07797427	ct_disk	<=50G	1
31d6d449-e63a-4614-8a66-562a07797427	ct_features		1
31d6d449-e63a-4614-8a66-562a07797427	ct_features	nfs	1
31d6d449-e63a-4614-8a66-562a07797427	ct_os	centos-7	2
31d6d449-e63a-4614-8a66-562a07797427	ct_ram	<=2G	1
31d6d449-e63a-4614-8a66-562a07797427	ct_ram	<=4G	1
31d6d449-e63a-4614-8a66-562a07797427	disk_kind		3
31d6d449-e63a-4614-8a66-562a07797427	disk_kind	hdd	2
31d6d449-e63a-4614-8a66-562a07797427	disk_kind	nvme	1
31d6d449-e63a-4614-8a66-562a07797427	disk_model		3
31d6d449-e63a-4614-8a66-562a07797427	disk_model	SAMSUNG MZQLB960HAJR-00007	1
31d6d449-e63a-4614-8a66-562a07797427	disk_model	ST2000NM0055-1V4	2
31d6d449-e63a-4614-8a66-562a07797427	distribution		1
31d6d449-e63a-4614-8a66-562a07797427	distribution	virtuozzo 7	1
31d6d449-e63a-4614-8a66-562a07797427	guest_os		2
31d6d449-e63a-4614-8a66-562a07797427	guest_os	centos	1
31d6d449-e63a-4614-8a66-562a07797427	guest_os	windows	1
31d6d449-e63a-4614-8a66-562a07797427	kernel		1
31d6d449-e63a-4614-8a66-562a07797427	layout	simfs	1
31d6d449-e63a-4614-8a66-562a07797427	memory		1
31d6d449-e63a-4614-8a66-562a07797427	memory	32-64 GiB	1
31d6d449-e63a-4614-8a66-562a07797427	ploop		1
31d6d449-e63a-4614-8a66-562a07797427	prlctl		1
31d6d449-e63a-4614-8a66-562a07797427	readykernel		1
31d6d449-e63a-4614-8a66-562a07797427	readykernel	yes	1
31d6d449-e63a-4614-8a66-562a07797427	readykernel_patch		1
31d6d449-e63a-4614-8a66-562a07797427	readykernel_patch	89.0-r1	1
31d6d449-e63a-4614-8a66-562a07797427	running		1
31d6d449-e63a-4614-8a66-562a07797427	running	yes	1
31d6d449-e63a-4614-8a66-562a07797427	services		6
31d6d449-e63a-4614-8a66-562a07797427	services	firewalld	1
31d6d449-e63a-4614-8a66-562a07797427	services	libvirtd	1
31d6d449-e63a-4614-8a66-562a07797427	services	prl-disp	1
31d6d449-e63a-4614-8a66-562a07797427	services	tuned	1
31d6d449-e63a-4614-8a66-562a07797427	services	vcmmd	1
31d6d449-e63a-4614-8a66-562a07797427	services	vz	1
31d6d449-e63a-4614-8a66-562a07797427	ssd		1
31d6d449-e63a-4614-8a66-562a07797427	ssd	yes	1
31d6d449-e63a-4614-8a66-562a07797427	teaming		1
31d6d449-e63a-4614-8a66-562a07797427	teaming	no	1
31d6d449-e63a-4614-8a66-562a07797427	virtualization		1
31d6d449-e63a-4614-8a66-562a07797427	virtualization	vz7	1
31d6d449-e63a-4614-8a66-562a07797427	vm_memory		2
31d6d449-e63a-4614-8a66-562a07797427	vm_memory	<=2G	1
31d6d449-e63a-4614-8a66-562a07797427	vm_memory	<=8G	1
31d6d449-e63a-4614-8a66-562a07797427	vm_vcpus		2
31d6d449-e63a-4614-8a66-562a07797427	vm_vcpus	2	1
31d6d449-e63a-4614-8a66-562a07797427	vm_vcpus	<=4	1
31d6d449-e63a-4614-8a66-562a07797427	vms		1
31d6d449-e63a-4614-8a66-562a07797427	vms	yes	1
31d6d449-e63a-4614-8a66-562a07797427	vswap		1
31d6d449-e63a-4614-8a66-562a07797427	vswap	yes	1
31d6d449-e63a-4614-8a66-562a07797427	vzctl		1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	bonding		1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	bonding	yes	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	container_count		1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	container_count	1-5	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	containers		1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	containers	yes	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	cpu_cores		1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	cpu_cores	4	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	cpu_model		1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	cpu_vendor		1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	cpu_vendor	intel	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	ct_cpus	2	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	ct_cpus	unset	3
eb9700cd-bafc-40df-a7b5-0a008312ccb6	ct_disk	<=10G	2
eb9700cd-bafc-40df-a7b5-0a008312ccb6	ct_disk	<=20G	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	ct_disk	<=50G	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	ct_features		1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	ct_features	nfs	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	ct_os	centos-7	2
eb9700cd-bafc-40df-a7b5-0a008312ccb6	ct_ram	<=2G	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	ct_ram	<=4G	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	disk_kind		3
eb9700cd-bafc-40df-a7b5-0a008312ccb6	disk_kind	hdd	2
eb9700cd-bafc-40df-a7b5-0a008312ccb6	disk_kind	nvme	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	disk_model		3
eb9700cd-bafc-40df-a7b5-0a008312ccb6	disk_model	SAMSUNG MZQLB960HAJR-00007	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	disk_model	ST2000NM0055-1V4	2
eb9700cd-bafc-40df-a7b5-0a008312ccb6	distribution		1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	distribution	virtuozzo 7	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	guest_os		2
eb9700cd-bafc-40df-a7b5-0a008312ccb6	guest_os	centos	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	guest_os	windows	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	kernel		1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	layout	simfs	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	memory		1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	memory	32-64 GiB	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	ploop		1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	prlctl		1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	readykernel		1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	readykernel	yes	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	readykernel_patch		1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	readykernel_patch	89.0-r1	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	running		1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	running	yes	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	services		6
eb9700cd-bafc-40df-a7b5-0a008312ccb6	services	firewalld	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	services	libvirtd	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	services	prl-disp	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	services	tuned	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	services	vcmmd	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	services	vz	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	ssd		1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	ssd	yes	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	teaming		1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	teaming	no	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	virtualization		1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	virtualization	vz7	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	vm_memory		2
eb9700cd-bafc-40df-a7b5-0a008312ccb6	vm_memory	<=2G	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	vm_memory	<=8G	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	vm_vcpus		2
eb9700cd-bafc-40df-a7b5-0a008312ccb6	vm_vcpus	2	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	vm_vcpus	<=4	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	vms		1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	vms	yes	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	vswap		1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	vswap	yes	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	vzctl		1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	bonding		1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	bonding	no	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	cpu_cores		1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	cpu_cores	4	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	cpu_model		1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	cpu_model	AMD EPYC 7302P 16-Core Processor	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	cpu_vendor		1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	cpu_vendor	amd	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	disk_kind		2
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	disk_kind	hdd	2
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	distribution		1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	distribution	debian 12	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	kernel		1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	kernel	6.1.0-26-amd64	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	memory		1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	memory	4-8 GiB	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	services		1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	services	libvirtd	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	ssd		1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	ssd	no	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	teaming		1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	teaming	no	1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	virtualization		1
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	virtualization	other	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	bonding		1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	bonding	no	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	cpu_cores		1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	cpu_cores	4	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	cpu_model		1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	cpu_model	AMD EPYC 7302P 16-Core Processor	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	cpu_vendor		1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	cpu_vendor	amd	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	disk_kind		2
f28f8424-1f7b-462c-bbd3-e0732b1e6846	disk_kind	hdd	2
f28f8424-1f7b-462c-bbd3-e0732b1e6846	distribution		1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	distribution	debian 12	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	kernel		1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	kernel	6.1.0-26-amd64	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	memory		1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	memory	4-8 GiB	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	services		1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	services	libvirtd	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	ssd		1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	ssd	no	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	teaming		1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	teaming	no	1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	virtualization		1
f28f8424-1f7b-462c-bbd3-e0732b1e6846	virtualization	other	1
85a31e9a-09a7-4423-bcbc-9409884f4223	bonding		1
85a31e9a-09a7-4423-bcbc-9409884f4223	bonding	no	1
85a31e9a-09a7-4423-bcbc-9409884f4223	cpu_cores		1
85a31e9a-09a7-4423-bcbc-9409884f4223	cpu_cores	4	1
85a31e9a-09a7-4423-bcbc-9409884f4223	cpu_model		1
85a31e9a-09a7-4423-bcbc-9409884f4223	cpu_model	AMD EPYC 7302P 16-Core Processor	1
85a31e9a-09a7-4423-bcbc-9409884f4223	cpu_vendor		1
85a31e9a-09a7-4423-bcbc-9409884f4223	cpu_vendor	amd	1
85a31e9a-09a7-4423-bcbc-9409884f4223	disk_kind		2
85a31e9a-09a7-4423-bcbc-9409884f4223	disk_kind	hdd	2
85a31e9a-09a7-4423-bcbc-9409884f4223	distribution		1
85a31e9a-09a7-4423-bcbc-9409884f4223	distribution	debian 12	1
85a31e9a-09a7-4423-bcbc-9409884f4223	kernel		1
85a31e9a-09a7-4423-bcbc-9409884f4223	kernel	6.1.0-26-amd64	1
85a31e9a-09a7-4423-bcbc-9409884f4223	memory		1
85a31e9a-09a7-4423-bcbc-9409884f4223	memory	4-8 GiB	1
85a31e9a-09a7-4423-bcbc-9409884f4223	services		1
85a31e9a-09a7-4423-bcbc-9409884f4223	services	libvirtd	1
85a31e9a-09a7-4423-bcbc-9409884f4223	ssd		1
85a31e9a-09a7-4423-bcbc-9409884f4223	ssd	no	1
85a31e9a-09a7-4423-bcbc-9409884f4223	teaming		1
85a31e9a-09a7-4423-bcbc-9409884f4223	teaming	no	1
85a31e9a-09a7-4423-bcbc-9409884f4223	virtualization		1
85a31e9a-09a7-4423-bcbc-9409884f4223	virtualization	other	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	bonding		1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	bonding	no	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	cpu_cores		1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	cpu_cores	4	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	cpu_model		1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	cpu_model	AMD EPYC 7302P 16-Core Processor	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	cpu_vendor		1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	cpu_vendor	amd	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	disk_kind		2
f09444ea-c240-4c5b-af7f-9ed0ae16b423	disk_kind	hdd	2
f09444ea-c240-4c5b-af7f-9ed0ae16b423	distribution		1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	distribution	debian 12	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	kernel		1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	kernel	6.1.0-26-amd64	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	memory		1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	memory	4-8 GiB	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	services		1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	services	libvirtd	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	ssd		1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	ssd	no	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	teaming		1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	teaming	no	1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	virtualization		1
f09444ea-c240-4c5b-af7f-9ed0ae16b423	virtualization	other	1
a22744bc-a4b4-499a-b378-f4e9f3317332	bonding		1
a22744bc-a4b4-499a-b378-f4e9f3317332	bonding	no	1
a22744bc-a4b4-499a-b378-f4e9f3317332	cpu_cores		1
a22744bc-a4b4-499a-b378-f4e9f3317332	cpu_cores	4	1
a22744bc-a4b4-499a-b378-f4e9f3317332	cpu_model		1
a22744bc-a4b4-499a-b378-f4e9f3317332	cpu_model	AMD EPYC 7302P 16-Core Processor	1
a22744bc-a4b4-499a-b378-f4e9f3317332	cpu_vendor		1
a22744bc-a4b4-499a-b378-f4e9f3317332	cpu_vendor	amd	1
a22744bc-a4b4-499a-b378-f4e9f3317332	disk_kind		2
a22744bc-a4b4-499a-b378-f4e9f3317332	disk_kind	hdd	2
a22744bc-a4b4-499a-b378-f4e9f3317332	distribution		1
a22744bc-a4b4-499a-b378-f4e9f3317332	distribution	debian 12	1
a22744bc-a4b4-499a-b378-f4e9f3317332	kernel		1
a22744bc-a4b4-499a-b378-f4e9f3317332	kernel	6.1.0-26-amd64	1
a22744bc-a4b4-499a-b378-f4e9f3317332	memory		1
a22744bc-a4b4-499a-b378-f4e9f3317332	memory	4-8 GiB	1
a22744bc-a4b4-499a-b378-f4e9f3317332	services		1
a22744bc-a4b4-499a-b378-f4e9f3317332	services	libvirtd	1
a22744bc-a4b4-499a-b378-f4e9f3317332	ssd		1
a22744bc-a4b4-499a-b378-f4e9f3317332	ssd	no	1
a22744bc-a4b4-499a-b378-f4e9f3317332	teaming		1
a22744bc-a4b4-499a-b378-f4e9f3317332	teaming	no	1
a22744bc-a4b4-499a-b378-f4e9f3317332	virtualization		1
a22744bc-a4b4-499a-b378-f4e9f3317332	virtualization	other	1
f77a3a71-a168-4180-86df-a8665ef4aaef	container_count		1
f77a3a71-a168-4180-86df-a8665ef4aaef	container_count	6-20	1
f77a3a71-a168-4180-86df-a8665ef4aaef	containers		1
f77a3a71-a168-4180-86df-a8665ef4aaef	containers	yes	1
f77a3a71-a168-4180-86df-a8665ef4aaef	cpu_cores		1
f77a3a71-a168-4180-86df-a8665ef4aaef	cpu_cores	4	1
f77a3a71-a168-4180-86df-a8665ef4aaef	cpu_model		1
f77a3a71-a168-4180-86df-a8665ef4aaef	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	1
f77a3a71-a168-4180-86df-a8665ef4aaef	cpu_vendor		1
f77a3a71-a168-4180-86df-a8665ef4aaef	cpu_vendor	Intel	1
f77a3a71-a168-4180-86df-a8665ef4aaef	ct_os		3
f77a3a71-a168-4180-86df-a8665ef4aaef	ct_os	centos-6	2
f77a3a71-a168-4180-86df-a8665ef4aaef	ct_os	debian-7.0	1
f77a3a71-a168-4180-86df-a8665ef4aaef	distribution		1
f77a3a71-a168-4180-86df-a8665ef4aaef	distribution	vzlinux 7.3	1
f77a3a71-a168-4180-86df-a8665ef4aaef	kernel		1
f77a3a71-a168-4180-86df-a8665ef4aaef	kernel	2.6.32-042stab145.3	1
f77a3a71-a168-4180-86df-a8665ef4aaef	layout		9
f77a3a71-a168-4180-86df-a8665ef4aaef	layout	ploop	4
f77a3a71-a168-4180-86df-a8665ef4aaef	layout	simfs	5
f77a3a71-a168-4180-86df-a8665ef4aaef	memory		1
f77a3a71-a168-4180-86df-a8665ef4aaef	memory	<=1 GiB	1
f77a3a71-a168-4180-86df-a8665ef4aaef	ploop		1
f77a3a71-a168-4180-86df-a8665ef4aaef	ploop	1.15	1
f77a3a71-a168-4180-86df-a8665ef4aaef	running		1
f77a3a71-a168-4180-86df-a8665ef4aaef	running	yes	1
f77a3a71-a168-4180-86df-a8665ef4aaef	virtualization		1
f77a3a71-a168-4180-86df-a8665ef4aaef	virtualization	openvz-legacy	1
f77a3a71-a168-4180-86df-a8665ef4aaef	vswap		1
f77a3a71-a168-4180-86df-a8665ef4aaef	vswap	yes	1
f77a3a71-a168-4180-86df-a8665ef4aaef	vzctl		1
f77a3a71-a168-4180-86df-a8665ef4aaef	vzctl	4.9.4	1
f77a3a71-a168-4180-86df-a8665ef4aaef	vzkernel		1
f77a3a71-a168-4180-86df-a8665ef4aaef	vzkernel	2.6.32	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	container_count		1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	container_count	6-20	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	containers		1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	containers	yes	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	cpu_cores		1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	cpu_cores	4	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	cpu_model		1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	cpu_vendor		1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	cpu_vendor	Intel	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	ct_os		3
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	ct_os	centos-6	2
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	ct_os	debian-7.0	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	distribution		1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	distribution	vzlinux 7.3	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	kernel		1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	kernel	2.6.32-042stab145.3	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	layout		9
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	layout	ploop	4
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	layout	simfs	5
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	memory		1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	memory	<=1 GiB	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	ploop		1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	ploop	1.15	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	running		1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	running	yes	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	virtualization		1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	virtualization	openvz-legacy	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	vswap		1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	vswap	yes	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	vzctl		1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	vzctl	4.9.4	1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	vzkernel		1
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	vzkernel	2.6.32	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	container_count		1
c3601b2c-18ca-4520-82e2-e5e36455db1f	container_count	6-20	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	containers		1
c3601b2c-18ca-4520-82e2-e5e36455db1f	containers	yes	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	cpu_cores		1
c3601b2c-18ca-4520-82e2-e5e36455db1f	cpu_cores	4	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	cpu_model		1
c3601b2c-18ca-4520-82e2-e5e36455db1f	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	cpu_vendor		1
c3601b2c-18ca-4520-82e2-e5e36455db1f	cpu_vendor	Intel	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	ct_os		3
c3601b2c-18ca-4520-82e2-e5e36455db1f	ct_os	centos-6	2
c3601b2c-18ca-4520-82e2-e5e36455db1f	ct_os	debian-7.0	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	distribution		1
c3601b2c-18ca-4520-82e2-e5e36455db1f	distribution	vzlinux 7.3	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	kernel		1
c3601b2c-18ca-4520-82e2-e5e36455db1f	kernel	2.6.32-042stab145.3	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	layout		9
c3601b2c-18ca-4520-82e2-e5e36455db1f	layout	ploop	4
c3601b2c-18ca-4520-82e2-e5e36455db1f	layout	simfs	5
c3601b2c-18ca-4520-82e2-e5e36455db1f	memory		1
c3601b2c-18ca-4520-82e2-e5e36455db1f	memory	<=1 GiB	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	ploop		1
c3601b2c-18ca-4520-82e2-e5e36455db1f	ploop	1.15	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	running		1
c3601b2c-18ca-4520-82e2-e5e36455db1f	running	yes	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	virtualization		1
c3601b2c-18ca-4520-82e2-e5e36455db1f	virtualization	openvz-legacy	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	vswap		1
c3601b2c-18ca-4520-82e2-e5e36455db1f	vswap	yes	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	vzctl		1
c3601b2c-18ca-4520-82e2-e5e36455db1f	vzctl	4.9.4	1
c3601b2c-18ca-4520-82e2-e5e36455db1f	vzkernel		1
c3601b2c-18ca-4520-82e2-e5e36455db1f	vzkernel	2.6.32	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	container_count		1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	container_count	6-20	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	containers		1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	containers	yes	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	cpu_cores		1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	cpu_cores	4	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	cpu_model		1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	cpu_vendor		1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	cpu_vendor	Intel	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	ct_os		3
fbc858d2-2b34-43eb-b041-5e51d8b20d73	ct_os	centos-6	2
fbc858d2-2b34-43eb-b041-5e51d8b20d73	ct_os	debian-7.0	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	distribution		1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	distribution	vzlinux 7.3	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	kernel		1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	kernel	2.6.32-042stab145.3	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	layout		9
fbc858d2-2b34-43eb-b041-5e51d8b20d73	layout	ploop	4
fbc858d2-2b34-43eb-b041-5e51d8b20d73	layout	simfs	5
fbc858d2-2b34-43eb-b041-5e51d8b20d73	memory		1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	memory	<=1 GiB	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	ploop		1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	ploop	1.15	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	running		1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	running	yes	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	virtualization		1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	virtualization	openvz-legacy	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	vswap		1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	vswap	yes	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	vzctl		1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	vzctl	4.9.4	1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	vzkernel		1
fbc858d2-2b34-43eb-b041-5e51d8b20d73	vzkernel	2.6.32	1
7fa8b641-5c50-419e-8146-282719a7816b	container_count		1
7fa8b641-5c50-419e-8146-282719a7816b	container_count	6-20	1
7fa8b641-5c50-419e-8146-282719a7816b	containers		1
7fa8b641-5c50-419e-8146-282719a7816b	containers	yes	1
7fa8b641-5c50-419e-8146-282719a7816b	cpu_cores		1
7fa8b641-5c50-419e-8146-282719a7816b	cpu_cores	4	1
7fa8b641-5c50-419e-8146-282719a7816b	cpu_model		1
7fa8b641-5c50-419e-8146-282719a7816b	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	1
7fa8b641-5c50-419e-8146-282719a7816b	cpu_vendor		1
7fa8b641-5c50-419e-8146-282719a7816b	cpu_vendor	Intel	1
7fa8b641-5c50-419e-8146-282719a7816b	ct_os		3
7fa8b641-5c50-419e-8146-282719a7816b	ct_os	centos-6	2
7fa8b641-5c50-419e-8146-282719a7816b	ct_os	debian-7.0	1
7fa8b641-5c50-419e-8146-282719a7816b	distribution		1
7fa8b641-5c50-419e-8146-282719a7816b	distribution	vzlinux 7.3	1
7fa8b641-5c50-419e-8146-282719a7816b	kernel		1
7fa8b641-5c50-419e-8146-282719a7816b	kernel	2.6.32-042stab145.3	1
7fa8b641-5c50-419e-8146-282719a7816b	layout		9
7fa8b641-5c50-419e-8146-282719a7816b	layout	ploop	4
7fa8b641-5c50-419e-8146-282719a7816b	layout	simfs	5
7fa8b641-5c50-419e-8146-282719a7816b	memory		1
7fa8b641-5c50-419e-8146-282719a7816b	memory	<=1 GiB	1
7fa8b641-5c50-419e-8146-282719a7816b	ploop		1
7fa8b641-5c50-419e-8146-282719a7816b	ploop	1.15	1
7fa8b641-5c50-419e-8146-282719a7816b	running		1
7fa8b641-5c50-419e-8146-282719a7816b	running	yes	1
7fa8b641-5c50-419e-8146-282719a7816b	virtualization		1
7fa8b641-5c50-419e-8146-282719a7816b	virtualization	openvz-legacy	1
7fa8b641-5c50-419e-8146-282719a7816b	vswap		1
7fa8b641-5c50-419e-8146-282719a7816b	vswap	yes	1
7fa8b641-5c50-419e-8146-282719a7816b	vzctl		1
7fa8b641-5c50-419e-8146-282719a7816b	vzctl	4.9.4	1
7fa8b641-5c50-419e-8146-282719a7816b	vzkernel		1
7fa8b641-5c50-419e-8146-282719a7816b	vzkernel	2.6.32	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	bonding		1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	bonding	no	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	cpu_cores		1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	cpu_cores	4	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	cpu_model		1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	cpu_model	AMD EPYC 7302P 16-Core Processor	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	cpu_vendor		1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	cpu_vendor	amd	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	disk_kind		2
213fbf5d-24e5-4fc9-86d9-426ba65bf233	disk_kind	hdd	2
213fbf5d-24e5-4fc9-86d9-426ba65bf233	distribution		1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	distribution	debian 12	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	kernel		1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	kernel	6.1.0-26-amd64	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	memory		1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	memory	4-8 GiB	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	services		1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	services	libvirtd	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	ssd		1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	ssd	no	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	teaming		1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	teaming	no	1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	virtualization		1
213fbf5d-24e5-4fc9-86d9-426ba65bf233	virtualization	other	1
91d85bf8-71d4-452b-b17e-70067c0e988e	bonding		1
91d85bf8-71d4-452b-b17e-70067c0e988e	bonding	no	1
91d85bf8-71d4-452b-b17e-70067c0e988e	cpu_cores		1
91d85bf8-71d4-452b-b17e-70067c0e988e	cpu_cores	4	1
91d85bf8-71d4-452b-b17e-70067c0e988e	cpu_model		1
91d85bf8-71d4-452b-b17e-70067c0e988e	cpu_model	AMD EPYC 7302P 16-Core Processor	1
91d85bf8-71d4-452b-b17e-70067c0e988e	cpu_vendor		1
91d85bf8-71d4-452b-b17e-70067c0e988e	cpu_vendor	amd	1
91d85bf8-71d4-452b-b17e-70067c0e988e	disk_kind		2
91d85bf8-71d4-452b-b17e-70067c0e988e	disk_kind	hdd	2
91d85bf8-71d4-452b-b17e-70067c0e988e	distribution		1
91d85bf8-71d4-452b-b17e-70067c0e988e	distribution	debian 12	1
91d85bf8-71d4-452b-b17e-70067c0e988e	kernel		1
91d85bf8-71d4-452b-b17e-70067c0e988e	kernel	6.1.0-26-amd64	1
91d85bf8-71d4-452b-b17e-70067c0e988e	memory		1
91d85bf8-71d4-452b-b17e-70067c0e988e	memory	4-8 GiB	1
91d85bf8-71d4-452b-b17e-70067c0e988e	services		1
91d85bf8-71d4-452b-b17e-70067c0e988e	services	libvirtd	1
91d85bf8-71d4-452b-b17e-70067c0e988e	ssd		1
91d85bf8-71d4-452b-b17e-70067c0e988e	ssd	no	1
91d85bf8-71d4-452b-b17e-70067c0e988e	teaming		1
91d85bf8-71d4-452b-b17e-70067c0e988e	teaming	no	1
91d85bf8-71d4-452b-b17e-70067c0e988e	virtualization		1
91d85bf8-71d4-452b-b17e-70067c0e988e	virtualization	other	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	bonding		1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	bonding	no	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	cpu_cores		1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	cpu_cores	4	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	cpu_model		1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	cpu_model	AMD EPYC 7302P 16-Core Processor	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	cpu_vendor		1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	cpu_vendor	amd	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	disk_kind		2
7bfedbdb-ad66-4c2b-9428-a36085e2a778	disk_kind	hdd	2
7bfedbdb-ad66-4c2b-9428-a36085e2a778	distribution		1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	distribution	debian 12	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	kernel		1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	kernel	6.1.0-26-amd64	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	memory		1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	memory	4-8 GiB	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	services		1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	services	libvirtd	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	ssd		1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	ssd	no	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	teaming		1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	teaming	no	1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	virtualization		1
7bfedbdb-ad66-4c2b-9428-a36085e2a778	virtualization	other	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	bonding		1
cbb82acc-160b-40be-8fc6-d4ec5408629b	bonding	no	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	cpu_cores		1
cbb82acc-160b-40be-8fc6-d4ec5408629b	cpu_cores	4	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	cpu_model		1
cbb82acc-160b-40be-8fc6-d4ec5408629b	cpu_model	AMD EPYC 7302P 16-Core Processor	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	cpu_vendor		1
cbb82acc-160b-40be-8fc6-d4ec5408629b	cpu_vendor	amd	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	disk_kind		2
cbb82acc-160b-40be-8fc6-d4ec5408629b	disk_kind	hdd	2
cbb82acc-160b-40be-8fc6-d4ec5408629b	distribution		1
cbb82acc-160b-40be-8fc6-d4ec5408629b	distribution	debian 12	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	kernel		1
cbb82acc-160b-40be-8fc6-d4ec5408629b	kernel	6.1.0-26-amd64	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	memory		1
cbb82acc-160b-40be-8fc6-d4ec5408629b	memory	4-8 GiB	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	services		1
cbb82acc-160b-40be-8fc6-d4ec5408629b	services	libvirtd	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	ssd		1
cbb82acc-160b-40be-8fc6-d4ec5408629b	ssd	no	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	teaming		1
cbb82acc-160b-40be-8fc6-d4ec5408629b	teaming	no	1
cbb82acc-160b-40be-8fc6-d4ec5408629b	virtualization		1
cbb82acc-160b-40be-8fc6-d4ec5408629b	virtualization	other	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	bonding		1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	bonding	no	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	cpu_cores		1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	cpu_cores	4	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	cpu_model		1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	cpu_model	AMD EPYC 7302P 16-Core Processor	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	cpu_vendor		1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	cpu_vendor	amd	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	disk_kind		2
0d1d68a7-0a31-452d-ac11-ed618a9962ae	disk_kind	hdd	2
0d1d68a7-0a31-452d-ac11-ed618a9962ae	distribution		1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	distribution	debian 12	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	kernel		1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	kernel	6.1.0-26-amd64	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	memory		1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	memory	4-8 GiB	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	services		1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	services	libvirtd	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	ssd		1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	ssd	no	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	teaming		1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	teaming	no	1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	virtualization		1
0d1d68a7-0a31-452d-ac11-ed618a9962ae	virtualization	other	1
59ce6aa5-70b9-47bc-87f3-762113237531	bonding		1
59ce6aa5-70b9-47bc-87f3-762113237531	bonding	no	1
59ce6aa5-70b9-47bc-87f3-762113237531	container_count		1
59ce6aa5-70b9-47bc-87f3-762113237531	container_count	6-20	1
59ce6aa5-70b9-47bc-87f3-762113237531	containers		1
59ce6aa5-70b9-47bc-87f3-762113237531	containers	yes	1
59ce6aa5-70b9-47bc-87f3-762113237531	cpu_cores		1
59ce6aa5-70b9-47bc-87f3-762113237531	cpu_cores	4	1
59ce6aa5-70b9-47bc-87f3-762113237531	cpu_model		1
59ce6aa5-70b9-47bc-87f3-762113237531	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	1
59ce6aa5-70b9-47bc-87f3-762113237531	cpu_vendor		1
59ce6aa5-70b9-47bc-87f3-762113237531	cpu_vendor	intel	1
59ce6aa5-70b9-47bc-87f3-762113237531	ct_cpus		10
59ce6aa5-70b9-47bc-87f3-762113237531	ct_cpus	2	2
59ce6aa5-70b9-47bc-87f3-762113237531	ct_cpus	unset	8
59ce6aa5-70b9-47bc-87f3-762113237531	ct_disk		10
59ce6aa5-70b9-47bc-87f3-762113237531	ct_disk	<=10G	5
59ce6aa5-70b9-47bc-87f3-762113237531	ct_disk	<=20G	3
59ce6aa5-70b9-47bc-87f3-762113237531	ct_disk	<=50G	2
59ce6aa5-70b9-47bc-87f3-762113237531	ct_features		3
59ce6aa5-70b9-47bc-87f3-762113237531	ct_features	nfs	2
59ce6aa5-70b9-47bc-87f3-762113237531	ct_features	ppp	1
59ce6aa5-70b9-47bc-87f3-762113237531	ct_os		10
59ce6aa5-70b9-47bc-87f3-762113237531	ct_os	centos-6	6
59ce6aa5-70b9-47bc-87f3-762113237531	ct_os	debian-7	2
59ce6aa5-70b9-47bc-87f3-762113237531	ct_os	other	1
59ce6aa5-70b9-47bc-87f3-762113237531	ct_os	ubuntu-14.04	1
59ce6aa5-70b9-47bc-87f3-762113237531	ct_ram		10
59ce6aa5-70b9-47bc-87f3-762113237531	ct_ram	<=1G	1
59ce6aa5-70b9-47bc-87f3-762113237531	ct_ram	<=2G	2
59ce6aa5-70b9-47bc-87f3-762113237531	ct_ram	<=512M	3
59ce6aa5-70b9-47bc-87f3-762113237531	ct_ram	unlimited	4
59ce6aa5-70b9-47bc-87f3-762113237531	disk_kind		2
59ce6aa5-70b9-47bc-87f3-762113237531	disk_kind	hdd	1
59ce6aa5-70b9-47bc-87f3-762113237531	disk_kind	ssd	1
59ce6aa5-70b9-47bc-87f3-762113237531	disk_model		2
59ce6aa5-70b9-47bc-87f3-762113237531	disk_model	INTEL SSDSC2BB48	1
59ce6aa5-70b9-47bc-87f3-762113237531	disk_model	WDC WD1003FBYX-0	1
59ce6aa5-70b9-47bc-87f3-762113237531	distribution		1
59ce6aa5-70b9-47bc-87f3-762113237531	distribution	centos 6.10	1
59ce6aa5-70b9-47bc-87f3-762113237531	kernel		1
59ce6aa5-70b9-47bc-87f3-762113237531	kernel	2.6.32-042stab145.3	1
59ce6aa5-70b9-47bc-87f3-762113237531	layout		10
59ce6aa5-70b9-47bc-87f3-762113237531	layout	simfs	10
59ce6aa5-70b9-47bc-87f3-762113237531	memory		1
59ce6aa5-70b9-47bc-87f3-762113237531	memory	<=1 GiB	1
59ce6aa5-70b9-47bc-87f3-762113237531	ploop		1
59ce6aa5-70b9-47bc-87f3-762113237531	ploop	1.9-1	1
59ce6aa5-70b9-47bc-87f3-762113237531	running		1
59ce6aa5-70b9-47bc-87f3-762113237531	running	yes	1
59ce6aa5-70b9-47bc-87f3-762113237531	services		2
59ce6aa5-70b9-47bc-87f3-762113237531	services	iptables	1
59ce6aa5-70b9-47bc-87f3-762113237531	services	vz	1
59ce6aa5-70b9-47bc-87f3-762113237531	ssd		1
59ce6aa5-70b9-47bc-87f3-762113237531	ssd	yes	1
59ce6aa5-70b9-47bc-87f3-762113237531	teaming		1
59ce6aa5-70b9-47bc-87f3-762113237531	teaming	no	1
59ce6aa5-70b9-47bc-87f3-762113237531	virtualization		1
59ce6aa5-70b9-47bc-87f3-762113237531	virtualization	openvz-legacy	1
59ce6aa5-70b9-47bc-87f3-762113237531	vswap		1
59ce6aa5-70b9-47bc-87f3-762113237531	vswap	yes	1
59ce6aa5-70b9-47bc-87f3-762113237531	vzctl		1
59ce6aa5-70b9-47bc-87f3-762113237531	vzctl	4.3	1
59ce6aa5-70b9-47bc-87f3-762113237531	vzkernel		2
59ce6aa5-70b9-47bc-87f3-762113237531	vzkernel	2.6.32-042stab134.8	1
59ce6aa5-70b9-47bc-87f3-762113237531	vzkernel	2.6.32-042stab145.3	1
cd191280-0338-49dc-949b-5d384bcaac84	bonding		1
cd191280-0338-49dc-949b-5d384bcaac84	bonding	no	1
cd191280-0338-49dc-949b-5d384bcaac84	container_count		1
cd191280-0338-49dc-949b-5d384bcaac84	container_count	6-20	1
cd191280-0338-49dc-949b-5d384bcaac84	containers		1
cd191280-0338-49dc-949b-5d384bcaac84	containers	yes	1
cd191280-0338-49dc-949b-5d384bcaac84	cpu_cores		1
cd191280-0338-49dc-949b-5d384bcaac84	cpu_cores	4	1
cd191280-0338-49dc-949b-5d384bcaac84	cpu_model		1
cd191280-0338-49dc-949b-5d384bcaac84	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	1
cd191280-0338-49dc-949b-5d384bcaac84	cpu_vendor		1
cd191280-0338-49dc-949b-5d384bcaac84	cpu_vendor	intel	1
cd191280-0338-49dc-949b-5d384bcaac84	ct_cpus		10
cd191280-0338-49dc-949b-5d384bcaac84	ct_cpus	2	2
cd191280-0338-49dc-949b-5d384bcaac84	ct_cpus	unset	8
cd191280-0338-49dc-949b-5d384bcaac84	ct_disk		10
cd191280-0338-49dc-949b-5d384bcaac84	ct_disk	<=10G	5
cd191280-0338-49dc-949b-5d384bcaac84	ct_disk	<=20G	3
cd191280-0338-49dc-949b-5d384bcaac84	ct_disk	<=50G	2
cd191280-0338-49dc-949b-5d384bcaac84	ct_features		3
cd191280-0338-49dc-949b-5d384bcaac84	ct_features	nfs	2
cd191280-0338-49dc-949b-5d384bcaac84	ct_features	ppp	1
cd191280-0338-49dc-949b-5d384bcaac84	ct_os		10
cd191280-0338-49dc-949b-5d384bcaac84	ct_os	centos-6	6
cd191280-0338-49dc-949b-5d384bcaac84	ct_os	debian-7	2
cd191280-0338-49dc-949b-5d384bcaac84	ct_os	other	1
cd191280-0338-49dc-949b-5d384bcaac84	ct_os	ubuntu-14.04	1
cd191280-0338-49dc-949b-5d384bcaac84	ct_ram		10
cd191280-0338-49dc-949b-5d384bcaac84	ct_ram	<=1G	1
cd191280-0338-49dc-949b-5d384bcaac84	ct_ram	<=2G	2
cd191280-0338-49dc-949b-5d384bcaac84	ct_ram	<=512M	3
cd191280-0338-49dc-949b-5d384bcaac84	ct_ram	unlimited	4
cd191280-0338-49dc-949b-5d384bcaac84	disk_kind		2
cd191280-0338-49dc-949b-5d384bcaac84	disk_kind	hdd	1
cd191280-0338-49dc-949b-5d384bcaac84	disk_kind	ssd	1
cd191280-0338-49dc-949b-5d384bcaac84	disk_model		2
cd191280-0338-49dc-949b-5d384bcaac84	disk_model	INTEL SSDSC2BB48	1
cd191280-0338-49dc-949b-5d384bcaac84	disk_model	WDC WD1003FBYX-0	1
cd191280-0338-49dc-949b-5d384bcaac84	distribution		1
cd191280-0338-49dc-949b-5d384bcaac84	distribution	centos 6.10	1
cd191280-0338-49dc-949b-5d384bcaac84	kernel		1
cd191280-0338-49dc-949b-5d384bcaac84	kernel	2.6.32-042stab145.3	1
cd191280-0338-49dc-949b-5d384bcaac84	layout		10
cd191280-0338-49dc-949b-5d384bcaac84	layout	simfs	10
cd191280-0338-49dc-949b-5d384bcaac84	memory		1
cd191280-0338-49dc-949b-5d384bcaac84	memory	<=1 GiB	1
cd191280-0338-49dc-949b-5d384bcaac84	ploop		1
cd191280-0338-49dc-949b-5d384bcaac84	ploop	1.9-1	1
cd191280-0338-49dc-949b-5d384bcaac84	running		1
cd191280-0338-49dc-949b-5d384bcaac84	running	yes	1
cd191280-0338-49dc-949b-5d384bcaac84	services		2
cd191280-0338-49dc-949b-5d384bcaac84	services	iptables	1
cd191280-0338-49dc-949b-5d384bcaac84	services	vz	1
cd191280-0338-49dc-949b-5d384bcaac84	ssd		1
cd191280-0338-49dc-949b-5d384bcaac84	ssd	yes	1
cd191280-0338-49dc-949b-5d384bcaac84	teaming		1
cd191280-0338-49dc-949b-5d384bcaac84	teaming	no	1
cd191280-0338-49dc-949b-5d384bcaac84	virtualization		1
cd191280-0338-49dc-949b-5d384bcaac84	virtualization	openvz-legacy	1
cd191280-0338-49dc-949b-5d384bcaac84	vswap		1
cd191280-0338-49dc-949b-5d384bcaac84	vswap	yes	1
cd191280-0338-49dc-949b-5d384bcaac84	vzctl		1
cd191280-0338-49dc-949b-5d384bcaac84	vzctl	4.3	1
cd191280-0338-49dc-949b-5d384bcaac84	vzkernel		2
cd191280-0338-49dc-949b-5d384bcaac84	vzkernel	2.6.32-042stab134.8	1
cd191280-0338-49dc-949b-5d384bcaac84	vzkernel	2.6.32-042stab145.3	1
0e00363f-77c3-4630-bef3-3e25134c70c7	bonding		1
0e00363f-77c3-4630-bef3-3e25134c70c7	bonding	no	1
0e00363f-77c3-4630-bef3-3e25134c70c7	container_count		1
0e00363f-77c3-4630-bef3-3e25134c70c7	container_count	6-20	1
0e00363f-77c3-4630-bef3-3e25134c70c7	containers		1
0e00363f-77c3-4630-bef3-3e25134c70c7	containers	yes	1
0e00363f-77c3-4630-bef3-3e25134c70c7	cpu_cores		1
0e00363f-77c3-4630-bef3-3e25134c70c7	cpu_cores	4	1
0e00363f-77c3-4630-bef3-3e25134c70c7	cpu_model		1
0e00363f-77c3-4630-bef3-3e25134c70c7	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	1
0e00363f-77c3-4630-bef3-3e25134c70c7	cpu_vendor		1
0e00363f-77c3-4630-bef3-3e25134c70c7	cpu_vendor	intel	1
0e00363f-77c3-4630-bef3-3e25134c70c7	ct_cpus		10
0e00363f-77c3-4630-bef3-3e25134c70c7	ct_cpus	2	2
0e00363f-77c3-4630-bef3-3e25134c70c7	ct_cpus	unset	8
0e00363f-77c3-4630-bef3-3e25134c70c7	ct_disk		10
0e00363f-77c3-4630-bef3-3e25134c70c7	ct_disk	<=10G	5
0e00363f-77c3-4630-bef3-3e25134c70c7	ct_disk	<=20G	3
0e00363f-77c3-4630-bef3-3e25134c70c7	ct_disk	<=50G	2
0e00363f-77c3-4630-bef3-3e25134c70c7	ct_features		3
0e00363f-77c3-4630-bef3-3e25134c70c7	ct_features	nfs	2
0e00363f-77c3-4630-bef3-3e25134c70c7	ct_features	ppp	1
0e00363f-77c3-4630-bef3-3e25134c70c7	ct_os		10
0e00363f-77c3-4630-bef3-3e25134c70c7	ct_os	centos-6	6
0e00363f-77c3-4630-bef3-3e25134c70c7	ct_os	debian-7	2
0e00363f-77c3-4630-bef3-3e25134c70c7	ct_os	other	1
0e00363f-77c3-4630-bef3-3e25134c70c7	ct_os	ubuntu-14.04	1
0e00363f-77c3-4630-bef3-3e25134c70c7	ct_ram		10
0e00363f-77c3-4630-bef3-3e25134c70c7	ct_ram	<=1G	1
0e00363f-77c3-4630-bef3-3e25134c70c7	ct_ram	<=2G	2
0e00363f-77c3-4630-bef3-3e25134c70c7	ct_ram	<=512M	3
0e00363f-77c3-4630-bef3-3e25134c70c7	ct_ram	unlimited	4
0e00363f-77c3-4630-bef3-3e25134c70c7	disk_kind		2
0e00363f-77c3-4630-bef3-3e25134c70c7	disk_kind	hdd	1
0e00363f-77c3-4630-bef3-3e25134c70c7	disk_kind	ssd	1
0e00363f-77c3-4630-bef3-3e25134c70c7	disk_model		2
0e00363f-77c3-4630-bef3-3e25134c70c7	disk_model	INTEL SSDSC2BB48	1
0e00363f-77c3-4630-bef3-3e25134c70c7	disk_model	WDC WD1003FBYX-0	1
0e00363f-77c3-4630-bef3-3e25134c70c7	distribution		1
0e00363f-77c3-4630-bef3-3e25134c70c7	distribution	centos 6.10	1
0e00363f-77c3-4630-bef3-3e25134c70c7	kernel		1
0e00363f-77c3-4630-bef3-3e25134c70c7	kernel	2.6.32-042stab145.3	1
0e00363f-77c3-4630-bef3-3e25134c70c7	layout		10
0e00363f-77c3-4630-bef3-3e25134c70c7	layout	simfs	10
0e00363f-77c3-4630-bef3-3e25134c70c7	memory		1
0e00363f-77c3-4630-bef3-3e25134c70c7	memory	<=1 GiB	1
0e00363f-77c3-4630-bef3-3e25134c70c7	ploop		1
0e00363f-77c3-4630-bef3-3e25134c70c7	ploop	1.9-1	1
0e00363f-77c3-4630-bef3-3e25134c70c7	running		1
0e00363f-77c3-4630-bef3-3e25134c70c7	running	yes	1
0e00363f-77c3-4630-bef3-3e25134c70c7	services		2
0e00363f-77c3-4630-bef3-3e25134c70c7	services	iptables	1
0e00363f-77c3-4630-bef3-3e25134c70c7	services	vz	1
0e00363f-77c3-4630-bef3-3e25134c70c7	ssd		1
0e00363f-77c3-4630-bef3-3e25134c70c7	ssd	yes	1
0e00363f-77c3-4630-bef3-3e25134c70c7	teaming		1
0e00363f-77c3-4630-bef3-3e25134c70c7	teaming	no	1
0e00363f-77c3-4630-bef3-3e25134c70c7	virtualization		1
0e00363f-77c3-4630-bef3-3e25134c70c7	virtualization	openvz-legacy	1
0e00363f-77c3-4630-bef3-3e25134c70c7	vswap		1
0e00363f-77c3-4630-bef3-3e25134c70c7	vswap	yes	1
0e00363f-77c3-4630-bef3-3e25134c70c7	vzctl		1
0e00363f-77c3-4630-bef3-3e25134c70c7	vzctl	4.3	1
0e00363f-77c3-4630-bef3-3e25134c70c7	vzkernel		2
0e00363f-77c3-4630-bef3-3e25134c70c7	vzkernel	2.6.32-042stab134.8	1
0e00363f-77c3-4630-bef3-3e25134c70c7	vzkernel	2.6.32-042stab145.3	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	bonding		1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	bonding	no	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	container_count		1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	container_count	6-20	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	containers		1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	containers	yes	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	cpu_cores		1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	cpu_cores	4	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	cpu_model		1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	cpu_vendor		1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	cpu_vendor	intel	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	ct_cpus		10
6432abc7-e99a-4aa3-a992-d2b8955e4d41	ct_cpus	2	2
6432abc7-e99a-4aa3-a992-d2b8955e4d41	ct_cpus	unset	8
6432abc7-e99a-4aa3-a992-d2b8955e4d41	ct_disk		10
6432abc7-e99a-4aa3-a992-d2b8955e4d41	ct_disk	<=10G	5
6432abc7-e99a-4aa3-a992-d2b8955e4d41	ct_disk	<=20G	3
6432abc7-e99a-4aa3-a992-d2b8955e4d41	ct_disk	<=50G	2
6432abc7-e99a-4aa3-a992-d2b8955e4d41	ct_features		3
6432abc7-e99a-4aa3-a992-d2b8955e4d41	ct_features	nfs	2
6432abc7-e99a-4aa3-a992-d2b8955e4d41	ct_features	ppp	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	ct_os		10
6432abc7-e99a-4aa3-a992-d2b8955e4d41	ct_os	centos-6	6
6432abc7-e99a-4aa3-a992-d2b8955e4d41	ct_os	debian-7	2
6432abc7-e99a-4aa3-a992-d2b8955e4d41	ct_os	other	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	ct_os	ubuntu-14.04	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	ct_ram		10
6432abc7-e99a-4aa3-a992-d2b8955e4d41	ct_ram	<=1G	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	ct_ram	<=2G	2
6432abc7-e99a-4aa3-a992-d2b8955e4d41	ct_ram	<=512M	3
6432abc7-e99a-4aa3-a992-d2b8955e4d41	ct_ram	unlimited	4
6432abc7-e99a-4aa3-a992-d2b8955e4d41	disk_kind		2
6432abc7-e99a-4aa3-a992-d2b8955e4d41	disk_kind	hdd	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	disk_kind	ssd	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	disk_model		2
6432abc7-e99a-4aa3-a992-d2b8955e4d41	disk_model	INTEL SSDSC2BB48	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	disk_model	WDC WD1003FBYX-0	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	distribution		1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	distribution	centos 6.10	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	kernel		1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	kernel	2.6.32-042stab145.3	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	layout		10
6432abc7-e99a-4aa3-a992-d2b8955e4d41	layout	simfs	10
6432abc7-e99a-4aa3-a992-d2b8955e4d41	memory		1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	memory	<=1 GiB	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	ploop		1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	ploop	1.9-1	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	running		1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	running	yes	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	services		2
6432abc7-e99a-4aa3-a992-d2b8955e4d41	services	iptables	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	services	vz	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	ssd		1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	ssd	yes	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	teaming		1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	teaming	no	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	virtualization		1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	virtualization	openvz-legacy	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	vswap		1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	vswap	yes	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	vzctl		1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	vzctl	4.3	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	vzkernel		2
6432abc7-e99a-4aa3-a992-d2b8955e4d41	vzkernel	2.6.32-042stab134.8	1
6432abc7-e99a-4aa3-a992-d2b8955e4d41	vzkernel	2.6.32-042stab145.3	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	bonding		1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	bonding	no	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	container_count		1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	container_count	6-20	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	containers		1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	containers	yes	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	cpu_cores		1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	cpu_cores	4	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	cpu_model		1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	cpu_vendor		1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	cpu_vendor	intel	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	ct_cpus		10
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	ct_cpus	2	2
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	ct_cpus	unset	8
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	ct_disk		10
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	ct_disk	<=10G	5
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	ct_disk	<=20G	3
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	ct_disk	<=50G	2
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	ct_features		3
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	ct_features	nfs	2
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	ct_features	ppp	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	ct_os		10
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	ct_os	centos-6	6
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	ct_os	debian-7	2
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	ct_os	other	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	ct_os	ubuntu-14.04	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	ct_ram		10
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	ct_ram	<=1G	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	ct_ram	<=2G	2
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	ct_ram	<=512M	3
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	ct_ram	unlimited	4
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	disk_kind		2
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	disk_kind	hdd	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	disk_kind	ssd	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	disk_model		2
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	disk_model	INTEL SSDSC2BB48	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	disk_model	WDC WD1003FBYX-0	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	distribution		1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	distribution	centos 6.10	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	kernel		1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	kernel	2.6.32-042stab145.3	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	layout		10
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	layout	simfs	10
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	memory		1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	memory	<=1 GiB	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	ploop		1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	ploop	1.9-1	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	running		1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	running	yes	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	services		2
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	services	iptables	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	services	vz	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	ssd		1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	ssd	yes	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	teaming		1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	teaming	no	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	virtualization		1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	virtualization	openvz-legacy	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	vswap		1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	vswap	yes	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	vzctl		1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	vzctl	4.3	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	vzkernel		2
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	vzkernel	2.6.32-042stab134.8	1
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	vzkernel	2.6.32-042stab145.3	1
d75985c9-475a-41af-ad58-69bd3fbfb596	container_count		1
d75985c9-475a-41af-ad58-69bd3fbfb596	container_count	6-20	1
d75985c9-475a-41af-ad58-69bd3fbfb596	containers		1
d75985c9-475a-41af-ad58-69bd3fbfb596	containers	yes	1
d75985c9-475a-41af-ad58-69bd3fbfb596	cpu_model		1
d75985c9-475a-41af-ad58-69bd3fbfb596	cpu_model	Intel(R) Core(TM)2 CPU T7400 @ 2.16GHz	1
d75985c9-475a-41af-ad58-69bd3fbfb596	cpu_vendor		1
d75985c9-475a-41af-ad58-69bd3fbfb596	cpu_vendor	Intel	1
d75985c9-475a-41af-ad58-69bd3fbfb596	ct_os		2
d75985c9-475a-41af-ad58-69bd3fbfb596	ct_os	debian-7.0	1
d75985c9-475a-41af-ad58-69bd3fbfb596	ct_os	ubuntu-12.04	1
d75985c9-475a-41af-ad58-69bd3fbfb596	distribution		1
d75985c9-475a-41af-ad58-69bd3fbfb596	distribution	vzlinux 7.3	1
d75985c9-475a-41af-ad58-69bd3fbfb596	kernel		1
d75985c9-475a-41af-ad58-69bd3fbfb596	kernel	2.6.32-042stab134.8	1
d75985c9-475a-41af-ad58-69bd3fbfb596	layout		9
d75985c9-475a-41af-ad58-69bd3fbfb596	layout	ploop	4
d75985c9-475a-41af-ad58-69bd3fbfb596	layout	simfs	5
d75985c9-475a-41af-ad58-69bd3fbfb596	memory		1
d75985c9-475a-41af-ad58-69bd3fbfb596	memory	<=1 GiB	1
d75985c9-475a-41af-ad58-69bd3fbfb596	running		1
d75985c9-475a-41af-ad58-69bd3fbfb596	running	yes	1
d75985c9-475a-41af-ad58-69bd3fbfb596	virtualization		1
d75985c9-475a-41af-ad58-69bd3fbfb596	virtualization	openvz-legacy	1
d75985c9-475a-41af-ad58-69bd3fbfb596	vswap		1
d75985c9-475a-41af-ad58-69bd3fbfb596	vswap	yes	1
d75985c9-475a-41af-ad58-69bd3fbfb596	vzctl		1
d75985c9-475a-41af-ad58-69bd3fbfb596	vzctl	3.0.30.2	1
715ba171-c0de-4a15-9950-b5024eb295fc	container_count		1
715ba171-c0de-4a15-9950-b5024eb295fc	container_count	6-20	1
715ba171-c0de-4a15-9950-b5024eb295fc	containers		1
715ba171-c0de-4a15-9950-b5024eb295fc	containers	yes	1
715ba171-c0de-4a15-9950-b5024eb295fc	cpu_model		1
715ba171-c0de-4a15-9950-b5024eb295fc	cpu_model	Intel(R) Core(TM)2 CPU T7400 @ 2.16GHz	1
715ba171-c0de-4a15-9950-b5024eb295fc	cpu_vendor		1
715ba171-c0de-4a15-9950-b5024eb295fc	cpu_vendor	Intel	1
715ba171-c0de-4a15-9950-b5024eb295fc	ct_os		2
715ba171-c0de-4a15-9950-b5024eb295fc	ct_os	debian-7.0	1
715ba171-c0de-4a15-9950-b5024eb295fc	ct_os	ubuntu-12.04	1
715ba171-c0de-4a15-9950-b5024eb295fc	distribution		1
715ba171-c0de-4a15-9950-b5024eb295fc	distribution	vzlinux 7.3	1
715ba171-c0de-4a15-9950-b5024eb295fc	kernel		1
715ba171-c0de-4a15-9950-b5024eb295fc	kernel	2.6.32-042stab134.8	1
715ba171-c0de-4a15-9950-b5024eb295fc	layout		9
715ba171-c0de-4a15-9950-b5024eb295fc	layout	ploop	4
715ba171-c0de-4a15-9950-b5024eb295fc	layout	simfs	5
715ba171-c0de-4a15-9950-b5024eb295fc	memory		1
715ba171-c0de-4a15-9950-b5024eb295fc	memory	<=1 GiB	1
715ba171-c0de-4a15-9950-b5024eb295fc	running		1
715ba171-c0de-4a15-9950-b5024eb295fc	running	yes	1
715ba171-c0de-4a15-9950-b5024eb295fc	virtualization		1
715ba171-c0de-4a15-9950-b5024eb295fc	virtualization	openvz-legacy	1
715ba171-c0de-4a15-9950-b5024eb295fc	vswap		1
715ba171-c0de-4a15-9950-b5024eb295fc	vswap	yes	1
715ba171-c0de-4a15-9950-b5024eb295fc	vzctl		1
715ba171-c0de-4a15-9950-b5024eb295fc	vzctl	3.0.30.2	1
1a813460-3468-41f9-b8ea-400721f158f0	container_count		1
1a813460-3468-41f9-b8ea-400721f158f0	container_count	6-20	1
1a813460-3468-41f9-b8ea-400721f158f0	containers		1
1a813460-3468-41f9-b8ea-400721f158f0	containers	yes	1
1a813460-3468-41f9-b8ea-400721f158f0	cpu_model		1
1a813460-3468-41f9-b8ea-400721f158f0	cpu_model	Intel(R) Core(TM)2 CPU T7400 @ 2.16GHz	1
1a813460-3468-41f9-b8ea-400721f158f0	cpu_vendor		1
1a813460-3468-41f9-b8ea-400721f158f0	cpu_vendor	Intel	1
1a813460-3468-41f9-b8ea-400721f158f0	ct_os		2
1a813460-3468-41f9-b8ea-400721f158f0	ct_os	debian-7.0	1
1a813460-3468-41f9-b8ea-400721f158f0	ct_os	ubuntu-12.04	1
1a813460-3468-41f9-b8ea-400721f158f0	distribution		1
1a813460-3468-41f9-b8ea-400721f158f0	distribution	vzlinux 7.3	1
1a813460-3468-41f9-b8ea-400721f158f0	kernel		1
1a813460-3468-41f9-b8ea-400721f158f0	kernel	2.6.32-042stab134.8	1
1a813460-3468-41f9-b8ea-400721f158f0	layout		9
1a813460-3468-41f9-b8ea-400721f158f0	layout	ploop	4
1a813460-3468-41f9-b8ea-400721f158f0	layout	simfs	5
1a813460-3468-41f9-b8ea-400721f158f0	memory		1
1a813460-3468-41f9-b8ea-400721f158f0	memory	<=1 GiB	1
1a813460-3468-41f9-b8ea-400721f158f0	running		1
1a813460-3468-41f9-b8ea-400721f158f0	running	yes	1
1a813460-3468-41f9-b8ea-400721f158f0	virtualization		1
1a813460-3468-41f9-b8ea-400721f158f0	virtualization	openvz-legacy	1
1a813460-3468-41f9-b8ea-400721f158f0	vswap		1
1a813460-3468-41f9-b8ea-400721f158f0	vswap	yes	1
1a813460-3468-41f9-b8ea-400721f158f0	vzctl		1
1a813460-3468-41f9-b8ea-400721f158f0	vzctl	3.0.30.2	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	bonding		1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	bonding	yes	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	container_count		1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	container_count	1-5	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	containers		1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	containers	yes	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	cpu_cores		1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	cpu_cores	4	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	cpu_model		1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	cpu_vendor		1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	cpu_vendor	intel	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	ct_cpus		4
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	ct_cpus	2	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	ct_cpus	<=4	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	ct_cpus	unset	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	ct_disk		4
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	ct_disk	<=10G	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	ct_disk	<=50G	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	ct_features		2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	ct_features	fuse	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	ct_features	nfs	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	ct_os		4
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	ct_os	centos-7	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	ct_os	other	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	ct_os	ubuntu-16.04	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	ct_ram		4
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	ct_ram	<=1G	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	ct_ram	<=2G	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	ct_ram	<=4G	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	disk_kind		3
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	disk_kind	hdd	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	disk_kind	nvme	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	disk_model		3
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	disk_model	SAMSUNG MZQLB960HAJR-00007	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	disk_model	ST2000NM0055-1V4	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	distribution		1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	distribution	virtuozzo 7	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	guest_os		2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	guest_os	centos	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	guest_os	windows	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	kernel		1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	kernel	3.10.0-1160.80.1.vz7.191.4	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	layout		4
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	layout	ploop	4
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	memory		1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	memory	32-64 GiB	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	ploop		1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	ploop	7.0.93-1.vz7	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	prlctl		1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	prlctl	7.0.182	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	readykernel		1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	readykernel	yes	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	readykernel_patch		1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	readykernel_patch	89.0-r1	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	running		1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	running	yes	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	services		6
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	services	firewalld	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	services	libvirtd	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	services	prl-disp	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	services	tuned	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	services	vcmmd	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	services	vz	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	ssd		1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	ssd	yes	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	teaming		1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	teaming	no	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	templates		1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	templates	centos-6	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	virtualization		1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	virtualization	vz7	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	vm_memory		2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	vm_memory	<=2G	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	vm_memory	<=8G	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	vm_vcpus		2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	vm_vcpus	2	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	vm_vcpus	<=4	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	vms		1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	vms	yes	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	vswap		1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	vswap	yes	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	vzctl		1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	vzctl	7.0.229	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	vzkernel		2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	vzkernel	3.10.0-1160.80.1.vz7.191.4	1
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	vzkernel	3.10.0-514.26.1.vz7.33.22	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	bonding		1
03f1b2f5-f889-4588-b8df-d423c4a48c86	bonding	yes	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	container_count		1
03f1b2f5-f889-4588-b8df-d423c4a48c86	container_count	1-5	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	containers		1
03f1b2f5-f889-4588-b8df-d423c4a48c86	containers	yes	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	cpu_cores		1
03f1b2f5-f889-4588-b8df-d423c4a48c86	cpu_cores	4	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	cpu_model		1
03f1b2f5-f889-4588-b8df-d423c4a48c86	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	cpu_vendor		1
03f1b2f5-f889-4588-b8df-d423c4a48c86	cpu_vendor	intel	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	ct_cpus		4
03f1b2f5-f889-4588-b8df-d423c4a48c86	ct_cpus	2	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	ct_cpus	<=4	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	ct_cpus	unset	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	ct_disk		4
03f1b2f5-f889-4588-b8df-d423c4a48c86	ct_disk	<=10G	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	ct_disk	<=50G	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	ct_features		2
03f1b2f5-f889-4588-b8df-d423c4a48c86	ct_features	fuse	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	ct_features	nfs	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	ct_os		4
03f1b2f5-f889-4588-b8df-d423c4a48c86	ct_os	centos-7	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	ct_os	other	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	ct_os	ubuntu-16.04	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	ct_ram		4
03f1b2f5-f889-4588-b8df-d423c4a48c86	ct_ram	<=1G	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	ct_ram	<=2G	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	ct_ram	<=4G	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	disk_kind		3
03f1b2f5-f889-4588-b8df-d423c4a48c86	disk_kind	hdd	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	disk_kind	nvme	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	disk_model		3
03f1b2f5-f889-4588-b8df-d423c4a48c86	disk_model	SAMSUNG MZQLB960HAJR-00007	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	disk_model	ST2000NM0055-1V4	2
03f1b2f5-f889-4588-b8df-d423c4a48c86	distribution		1
03f1b2f5-f889-4588-b8df-d423c4a48c86	distribution	virtuozzo 7	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	guest_os		2
03f1b2f5-f889-4588-b8df-d423c4a48c86	guest_os	centos	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	guest_os	windows	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	kernel		1
03f1b2f5-f889-4588-b8df-d423c4a48c86	kernel	3.10.0-1160.80.1.vz7.191.4	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	layout		4
03f1b2f5-f889-4588-b8df-d423c4a48c86	layout	ploop	4
03f1b2f5-f889-4588-b8df-d423c4a48c86	memory		1
03f1b2f5-f889-4588-b8df-d423c4a48c86	memory	32-64 GiB	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	ploop		1
03f1b2f5-f889-4588-b8df-d423c4a48c86	ploop	7.0.93-1.vz7	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	prlctl		1
03f1b2f5-f889-4588-b8df-d423c4a48c86	prlctl	7.0.182	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	readykernel		1
03f1b2f5-f889-4588-b8df-d423c4a48c86	readykernel	yes	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	readykernel_patch		1
03f1b2f5-f889-4588-b8df-d423c4a48c86	readykernel_patch	89.0-r1	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	running		1
03f1b2f5-f889-4588-b8df-d423c4a48c86	running	yes	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	services		6
03f1b2f5-f889-4588-b8df-d423c4a48c86	services	firewalld	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	services	libvirtd	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	services	prl-disp	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	services	tuned	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	services	vcmmd	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	services	vz	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	ssd		1
03f1b2f5-f889-4588-b8df-d423c4a48c86	ssd	yes	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	teaming		1
03f1b2f5-f889-4588-b8df-d423c4a48c86	teaming	no	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	templates		1
03f1b2f5-f889-4588-b8df-d423c4a48c86	templates	centos-6	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	virtualization		1
03f1b2f5-f889-4588-b8df-d423c4a48c86	virtualization	vz7	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	vm_memory		2
03f1b2f5-f889-4588-b8df-d423c4a48c86	vm_memory	<=2G	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	vm_memory	<=8G	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	vm_vcpus		2
03f1b2f5-f889-4588-b8df-d423c4a48c86	vm_vcpus	2	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	vm_vcpus	<=4	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	vms		1
03f1b2f5-f889-4588-b8df-d423c4a48c86	vms	yes	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	vswap		1
03f1b2f5-f889-4588-b8df-d423c4a48c86	vswap	yes	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	vzctl		1
03f1b2f5-f889-4588-b8df-d423c4a48c86	vzctl	7.0.229	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	vzkernel		2
03f1b2f5-f889-4588-b8df-d423c4a48c86	vzkernel	3.10.0-1160.80.1.vz7.191.4	1
03f1b2f5-f889-4588-b8df-d423c4a48c86	vzkernel	3.10.0-514.26.1.vz7.33.22	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	bonding		1
10d028b7-2096-4f18-ba9a-ff806979ddf7	bonding	yes	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	container_count		1
10d028b7-2096-4f18-ba9a-ff806979ddf7	container_count	1-5	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	containers		1
10d028b7-2096-4f18-ba9a-ff806979ddf7	containers	yes	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	cpu_cores		1
10d028b7-2096-4f18-ba9a-ff806979ddf7	cpu_cores	4	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	cpu_model		1
10d028b7-2096-4f18-ba9a-ff806979ddf7	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	cpu_vendor		1
10d028b7-2096-4f18-ba9a-ff806979ddf7	cpu_vendor	intel	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	ct_cpus		4
10d028b7-2096-4f18-ba9a-ff806979ddf7	ct_cpus	2	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	ct_cpus	<=4	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	ct_cpus	unset	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	ct_disk		4
10d028b7-2096-4f18-ba9a-ff806979ddf7	ct_disk	<=10G	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	ct_disk	<=50G	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	ct_features		2
10d028b7-2096-4f18-ba9a-ff806979ddf7	ct_features	fuse	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	ct_features	nfs	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	ct_os		4
10d028b7-2096-4f18-ba9a-ff806979ddf7	ct_os	centos-7	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	ct_os	other	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	ct_os	ubuntu-16.04	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	ct_ram		4
10d028b7-2096-4f18-ba9a-ff806979ddf7	ct_ram	<=1G	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	ct_ram	<=2G	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	ct_ram	<=4G	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	disk_kind		3
10d028b7-2096-4f18-ba9a-ff806979ddf7	disk_kind	hdd	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	disk_kind	nvme	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	disk_model		3
10d028b7-2096-4f18-ba9a-ff806979ddf7	disk_model	SAMSUNG MZQLB960HAJR-00007	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	disk_model	ST2000NM0055-1V4	2
10d028b7-2096-4f18-ba9a-ff806979ddf7	distribution		1
10d028b7-2096-4f18-ba9a-ff806979ddf7	distribution	virtuozzo 7	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	guest_os		2
10d028b7-2096-4f18-ba9a-ff806979ddf7	guest_os	centos	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	guest_os	windows	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	kernel		1
10d028b7-2096-4f18-ba9a-ff806979ddf7	kernel	3.10.0-1160.80.1.vz7.191.4	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	layout		4
10d028b7-2096-4f18-ba9a-ff806979ddf7	layout	ploop	4
10d028b7-2096-4f18-ba9a-ff806979ddf7	memory		1
10d028b7-2096-4f18-ba9a-ff806979ddf7	memory	32-64 GiB	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	ploop		1
10d028b7-2096-4f18-ba9a-ff806979ddf7	ploop	7.0.93-1.vz7	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	prlctl		1
10d028b7-2096-4f18-ba9a-ff806979ddf7	prlctl	7.0.182	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	readykernel		1
10d028b7-2096-4f18-ba9a-ff806979ddf7	readykernel	yes	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	readykernel_patch		1
10d028b7-2096-4f18-ba9a-ff806979ddf7	readykernel_patch	89.0-r1	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	running		1
10d028b7-2096-4f18-ba9a-ff806979ddf7	running	yes	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	services		6
10d028b7-2096-4f18-ba9a-ff806979ddf7	services	firewalld	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	services	libvirtd	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	services	prl-disp	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	services	tuned	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	services	vcmmd	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	services	vz	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	ssd		1
10d028b7-2096-4f18-ba9a-ff806979ddf7	ssd	yes	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	teaming		1
10d028b7-2096-4f18-ba9a-ff806979ddf7	teaming	no	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	templates		1
10d028b7-2096-4f18-ba9a-ff806979ddf7	templates	centos-6	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	virtualization		1
10d028b7-2096-4f18-ba9a-ff806979ddf7	virtualization	vz7	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	vm_memory		2
10d028b7-2096-4f18-ba9a-ff806979ddf7	vm_memory	<=2G	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	vm_memory	<=8G	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	vm_vcpus		2
10d028b7-2096-4f18-ba9a-ff806979ddf7	vm_vcpus	2	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	vm_vcpus	<=4	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	vms		1
10d028b7-2096-4f18-ba9a-ff806979ddf7	vms	yes	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	vswap		1
10d028b7-2096-4f18-ba9a-ff806979ddf7	vswap	yes	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	vzctl		1
10d028b7-2096-4f18-ba9a-ff806979ddf7	vzctl	7.0.229	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	vzkernel		2
10d028b7-2096-4f18-ba9a-ff806979ddf7	vzkernel	3.10.0-1160.80.1.vz7.191.4	1
10d028b7-2096-4f18-ba9a-ff806979ddf7	vzkernel	3.10.0-514.26.1.vz7.33.22	1
a3997855-16f0-4b80-9944-1b6e8941c40a	bonding		1
a3997855-16f0-4b80-9944-1b6e8941c40a	bonding	yes	1
a3997855-16f0-4b80-9944-1b6e8941c40a	container_count		1
a3997855-16f0-4b80-9944-1b6e8941c40a	container_count	1-5	1
a3997855-16f0-4b80-9944-1b6e8941c40a	containers		1
a3997855-16f0-4b80-9944-1b6e8941c40a	containers	yes	1
a3997855-16f0-4b80-9944-1b6e8941c40a	cpu_cores		1
a3997855-16f0-4b80-9944-1b6e8941c40a	cpu_cores	4	1
a3997855-16f0-4b80-9944-1b6e8941c40a	cpu_model		1
a3997855-16f0-4b80-9944-1b6e8941c40a	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	1
a3997855-16f0-4b80-9944-1b6e8941c40a	cpu_vendor		1
a3997855-16f0-4b80-9944-1b6e8941c40a	cpu_vendor	intel	1
a3997855-16f0-4b80-9944-1b6e8941c40a	ct_cpus		4
a3997855-16f0-4b80-9944-1b6e8941c40a	ct_cpus	2	1
a3997855-16f0-4b80-9944-1b6e8941c40a	ct_cpus	<=4	1
a3997855-16f0-4b80-9944-1b6e8941c40a	ct_cpus	unset	2
a3997855-16f0-4b80-9944-1b6e8941c40a	ct_disk		4
a3997855-16f0-4b80-9944-1b6e8941c40a	ct_disk	<=10G	2
a3997855-16f0-4b80-9944-1b6e8941c40a	ct_disk	<=50G	2
a3997855-16f0-4b80-9944-1b6e8941c40a	ct_features		2
a3997855-16f0-4b80-9944-1b6e8941c40a	ct_features	fuse	1
a3997855-16f0-4b80-9944-1b6e8941c40a	ct_features	nfs	1
a3997855-16f0-4b80-9944-1b6e8941c40a	ct_os		4
a3997855-16f0-4b80-9944-1b6e8941c40a	ct_os	centos-7	2
a3997855-16f0-4b80-9944-1b6e8941c40a	ct_os	other	1
a3997855-16f0-4b80-9944-1b6e8941c40a	ct_os	ubuntu-16.04	1
a3997855-16f0-4b80-9944-1b6e8941c40a	ct_ram		4
a3997855-16f0-4b80-9944-1b6e8941c40a	ct_ram	<=1G	2
a3997855-16f0-4b80-9944-1b6e8941c40a	ct_ram	<=2G	1
a3997855-16f0-4b80-9944-1b6e8941c40a	ct_ram	<=4G	1
a3997855-16f0-4b80-9944-1b6e8941c40a	disk_kind		3
a3997855-16f0-4b80-9944-1b6e8941c40a	disk_kind	hdd	2
a3997855-16f0-4b80-9944-1b6e8941c40a	disk_kind	nvme	1
a3997855-16f0-4b80-9944-1b6e8941c40a	disk_model		3
a3997855-16f0-4b80-9944-1b6e8941c40a	disk_model	SAMSUNG MZQLB960HAJR-00007	1
a3997855-16f0-4b80-9944-1b6e8941c40a	disk_model	ST2000NM0055-1V4	2
a3997855-16f0-4b80-9944-1b6e8941c40a	distribution		1
a3997855-16f0-4b80-9944-1b6e8941c40a	distribution	virtuozzo 7	1
a3997855-16f0-4b80-9944-1b6e8941c40a	guest_os		2
a3997855-16f0-4b80-9944-1b6e8941c40a	guest_os	centos	1
a3997855-16f0-4b80-9944-1b6e8941c40a	guest_os	windows	1
a3997855-16f0-4b80-9944-1b6e8941c40a	kernel		1
a3997855-16f0-4b80-9944-1b6e8941c40a	kernel	3.10.0-1160.80.1.vz7.191.4	1
a3997855-16f0-4b80-9944-1b6e8941c40a	layout		4
a3997855-16f0-4b80-9944-1b6e8941c40a	layout	ploop	4
a3997855-16f0-4b80-9944-1b6e8941c40a	memory		1
a3997855-16f0-4b80-9944-1b6e8941c40a	memory	32-64 GiB	1
a3997855-16f0-4b80-9944-1b6e8941c40a	ploop		1
a3997855-16f0-4b80-9944-1b6e8941c40a	ploop	7.0.93-1.vz7	1
a3997855-16f0-4b80-9944-1b6e8941c40a	prlctl		1
a3997855-16f0-4b80-9944-1b6e8941c40a	prlctl	7.0.182	1
a3997855-16f0-4b80-9944-1b6e8941c40a	readykernel		1
a3997855-16f0-4b80-9944-1b6e8941c40a	readykernel	yes	1
a3997855-16f0-4b80-9944-1b6e8941c40a	readykernel_patch		1
a3997855-16f0-4b80-9944-1b6e8941c40a	readykernel_patch	89.0-r1	1
a3997855-16f0-4b80-9944-1b6e8941c40a	running		1
a3997855-16f0-4b80-9944-1b6e8941c40a	running	yes	1
a3997855-16f0-4b80-9944-1b6e8941c40a	services		6
a3997855-16f0-4b80-9944-1b6e8941c40a	services	firewalld	1
a3997855-16f0-4b80-9944-1b6e8941c40a	services	libvirtd	1
a3997855-16f0-4b80-9944-1b6e8941c40a	services	prl-disp	1
a3997855-16f0-4b80-9944-1b6e8941c40a	services	tuned	1
a3997855-16f0-4b80-9944-1b6e8941c40a	services	vcmmd	1
a3997855-16f0-4b80-9944-1b6e8941c40a	services	vz	1
a3997855-16f0-4b80-9944-1b6e8941c40a	ssd		1
a3997855-16f0-4b80-9944-1b6e8941c40a	ssd	yes	1
a3997855-16f0-4b80-9944-1b6e8941c40a	teaming		1
a3997855-16f0-4b80-9944-1b6e8941c40a	teaming	no	1
a3997855-16f0-4b80-9944-1b6e8941c40a	templates		1
a3997855-16f0-4b80-9944-1b6e8941c40a	templates	centos-6	1
a3997855-16f0-4b80-9944-1b6e8941c40a	virtualization		1
a3997855-16f0-4b80-9944-1b6e8941c40a	virtualization	vz7	1
a3997855-16f0-4b80-9944-1b6e8941c40a	vm_memory		2
a3997855-16f0-4b80-9944-1b6e8941c40a	vm_memory	<=2G	1
a3997855-16f0-4b80-9944-1b6e8941c40a	vm_memory	<=8G	1
a3997855-16f0-4b80-9944-1b6e8941c40a	vm_vcpus		2
a3997855-16f0-4b80-9944-1b6e8941c40a	vm_vcpus	2	1
a3997855-16f0-4b80-9944-1b6e8941c40a	vm_vcpus	<=4	1
a3997855-16f0-4b80-9944-1b6e8941c40a	vms		1
a3997855-16f0-4b80-9944-1b6e8941c40a	vms	yes	1
a3997855-16f0-4b80-9944-1b6e8941c40a	vswap		1
a3997855-16f0-4b80-9944-1b6e8941c40a	vswap	yes	1
a3997855-16f0-4b80-9944-1b6e8941c40a	vzctl		1
a3997855-16f0-4b80-9944-1b6e8941c40a	vzctl	7.0.229	1
a3997855-16f0-4b80-9944-1b6e8941c40a	vzkernel		2
a3997855-16f0-4b80-9944-1b6e8941c40a	vzkernel	3.10.0-1160.80.1.vz7.191.4	1
a3997855-16f0-4b80-9944-1b6e8941c40a	vzkernel	3.10.0-514.26.1.vz7.33.22	1
464064af-3816-47c7-ae0c-e7bee87acb41	bonding		1
464064af-3816-47c7-ae0c-e7bee87acb41	bonding	yes	1
464064af-3816-47c7-ae0c-e7bee87acb41	container_count		1
464064af-3816-47c7-ae0c-e7bee87acb41	container_count	1-5	1
464064af-3816-47c7-ae0c-e7bee87acb41	containers		1
464064af-3816-47c7-ae0c-e7bee87acb41	containers	yes	1
464064af-3816-47c7-ae0c-e7bee87acb41	cpu_cores		1
464064af-3816-47c7-ae0c-e7bee87acb41	cpu_cores	4	1
464064af-3816-47c7-ae0c-e7bee87acb41	cpu_model		1
464064af-3816-47c7-ae0c-e7bee87acb41	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	1
464064af-3816-47c7-ae0c-e7bee87acb41	cpu_vendor		1
464064af-3816-47c7-ae0c-e7bee87acb41	cpu_vendor	intel	1
464064af-3816-47c7-ae0c-e7bee87acb41	ct_cpus		4
464064af-3816-47c7-ae0c-e7bee87acb41	ct_cpus	2	1
464064af-3816-47c7-ae0c-e7bee87acb41	ct_cpus	<=4	1
464064af-3816-47c7-ae0c-e7bee87acb41	ct_cpus	unset	2
464064af-3816-47c7-ae0c-e7bee87acb41	ct_disk		4
464064af-3816-47c7-ae0c-e7bee87acb41	ct_disk	<=10G	2
464064af-3816-47c7-ae0c-e7bee87acb41	ct_disk	<=50G	2
464064af-3816-47c7-ae0c-e7bee87acb41	ct_features		2
464064af-3816-47c7-ae0c-e7bee87acb41	ct_features	fuse	1
464064af-3816-47c7-ae0c-e7bee87acb41	ct_features	nfs	1
464064af-3816-47c7-ae0c-e7bee87acb41	ct_os		4
464064af-3816-47c7-ae0c-e7bee87acb41	ct_os	centos-7	2
464064af-3816-47c7-ae0c-e7bee87acb41	ct_os	other	1
464064af-3816-47c7-ae0c-e7bee87acb41	ct_os	ubuntu-16.04	1
464064af-3816-47c7-ae0c-e7bee87acb41	ct_ram		4
464064af-3816-47c7-ae0c-e7bee87acb41	ct_ram	<=1G	2
464064af-3816-47c7-ae0c-e7bee87acb41	ct_ram	<=2G	1
464064af-3816-47c7-ae0c-e7bee87acb41	ct_ram	<=4G	1
464064af-3816-47c7-ae0c-e7bee87acb41	disk_kind		3
464064af-3816-47c7-ae0c-e7bee87acb41	disk_kind	hdd	2
464064af-3816-47c7-ae0c-e7bee87acb41	disk_kind	nvme	1
464064af-3816-47c7-ae0c-e7bee87acb41	disk_model		3
464064af-3816-47c7-ae0c-e7bee87acb41	disk_model	SAMSUNG MZQLB960HAJR-00007	1
464064af-3816-47c7-ae0c-e7bee87acb41	disk_model	ST2000NM0055-1V4	2
464064af-3816-47c7-ae0c-e7bee87acb41	distribution		1
464064af-3816-47c7-ae0c-e7bee87acb41	distribution	virtuozzo 7	1
464064af-3816-47c7-ae0c-e7bee87acb41	guest_os		2
464064af-3816-47c7-ae0c-e7bee87acb41	guest_os	centos	1
464064af-3816-47c7-ae0c-e7bee87acb41	guest_os	windows	1
464064af-3816-47c7-ae0c-e7bee87acb41	kernel		1
464064af-3816-47c7-ae0c-e7bee87acb41	kernel	3.10.0-1160.80.1.vz7.191.4	1
464064af-3816-47c7-ae0c-e7bee87acb41	layout		4
464064af-3816-47c7-ae0c-e7bee87acb41	layout	ploop	4
464064af-3816-47c7-ae0c-e7bee87acb41	memory		1
464064af-3816-47c7-ae0c-e7bee87acb41	memory	32-64 GiB	1
464064af-3816-47c7-ae0c-e7bee87acb41	ploop		1
464064af-3816-47c7-ae0c-e7bee87acb41	ploop	7.0.93-1.vz7	1
464064af-3816-47c7-ae0c-e7bee87acb41	prlctl		1
464064af-3816-47c7-ae0c-e7bee87acb41	prlctl	7.0.182	1
464064af-3816-47c7-ae0c-e7bee87acb41	readykernel		1
464064af-3816-47c7-ae0c-e7bee87acb41	readykernel	yes	1
464064af-3816-47c7-ae0c-e7bee87acb41	readykernel_patch		1
464064af-3816-47c7-ae0c-e7bee87acb41	readykernel_patch	89.0-r1	1
464064af-3816-47c7-ae0c-e7bee87acb41	running		1
464064af-3816-47c7-ae0c-e7bee87acb41	running	yes	1
464064af-3816-47c7-ae0c-e7bee87acb41	services		6
464064af-3816-47c7-ae0c-e7bee87acb41	services	firewalld	1
464064af-3816-47c7-ae0c-e7bee87acb41	services	libvirtd	1
464064af-3816-47c7-ae0c-e7bee87acb41	services	prl-disp	1
464064af-3816-47c7-ae0c-e7bee87acb41	services	tuned	1
464064af-3816-47c7-ae0c-e7bee87acb41	services	vcmmd	1
464064af-3816-47c7-ae0c-e7bee87acb41	services	vz	1
464064af-3816-47c7-ae0c-e7bee87acb41	ssd		1
464064af-3816-47c7-ae0c-e7bee87acb41	ssd	yes	1
464064af-3816-47c7-ae0c-e7bee87acb41	teaming		1
464064af-3816-47c7-ae0c-e7bee87acb41	teaming	no	1
464064af-3816-47c7-ae0c-e7bee87acb41	templates		1
464064af-3816-47c7-ae0c-e7bee87acb41	templates	centos-6	1
464064af-3816-47c7-ae0c-e7bee87acb41	virtualization		1
464064af-3816-47c7-ae0c-e7bee87acb41	virtualization	vz7	1
464064af-3816-47c7-ae0c-e7bee87acb41	vm_memory		2
464064af-3816-47c7-ae0c-e7bee87acb41	vm_memory	<=2G	1
464064af-3816-47c7-ae0c-e7bee87acb41	vm_memory	<=8G	1
464064af-3816-47c7-ae0c-e7bee87acb41	vm_vcpus		2
464064af-3816-47c7-ae0c-e7bee87acb41	vm_vcpus	2	1
464064af-3816-47c7-ae0c-e7bee87acb41	vm_vcpus	<=4	1
464064af-3816-47c7-ae0c-e7bee87acb41	vms		1
464064af-3816-47c7-ae0c-e7bee87acb41	vms	yes	1
464064af-3816-47c7-ae0c-e7bee87acb41	vswap		1
464064af-3816-47c7-ae0c-e7bee87acb41	vswap	yes	1
464064af-3816-47c7-ae0c-e7bee87acb41	vzctl		1
464064af-3816-47c7-ae0c-e7bee87acb41	vzctl	7.0.229	1
464064af-3816-47c7-ae0c-e7bee87acb41	vzkernel		2
464064af-3816-47c7-ae0c-e7bee87acb41	vzkernel	3.10.0-1160.80.1.vz7.191.4	1
464064af-3816-47c7-ae0c-e7bee87acb41	vzkernel	3.10.0-514.26.1.vz7.33.22	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	bonding		1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	bonding	yes	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	container_count		1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	container_count	1-5	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	containers		1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	containers	yes	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	cpu_cores		1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	cpu_cores	4	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	cpu_model		1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	cpu_vendor		1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	cpu_vendor	intel	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	ct_cpus		4
a67d5df8-aa77-4c4c-a04a-d9998f54394b	ct_cpus	2	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	ct_cpus	<=4	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	ct_cpus	unset	2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	ct_disk		4
a67d5df8-aa77-4c4c-a04a-d9998f54394b	ct_disk	<=10G	2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	ct_disk	<=50G	2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	ct_features		2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	ct_features	fuse	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	ct_features	nfs	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	ct_os		4
a67d5df8-aa77-4c4c-a04a-d9998f54394b	ct_os	centos-7	2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	ct_os	other	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	ct_os	ubuntu-16.04	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	ct_ram		4
a67d5df8-aa77-4c4c-a04a-d9998f54394b	ct_ram	<=1G	2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	ct_ram	<=2G	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	ct_ram	<=4G	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	disk_kind		3
a67d5df8-aa77-4c4c-a04a-d9998f54394b	disk_kind	hdd	2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	disk_kind	nvme	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	disk_model		3
a67d5df8-aa77-4c4c-a04a-d9998f54394b	disk_model	SAMSUNG MZQLB960HAJR-00007	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	disk_model	ST2000NM0055-1V4	2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	distribution		1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	distribution	virtuozzo 7	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	guest_os		2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	guest_os	centos	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	guest_os	windows	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	kernel		1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	kernel	3.10.0-1160.80.1.vz7.191.4	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	layout		4
a67d5df8-aa77-4c4c-a04a-d9998f54394b	layout	ploop	4
a67d5df8-aa77-4c4c-a04a-d9998f54394b	memory		1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	memory	128-256 GiB	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	ploop		1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	ploop	7.0.93-1.vz7	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	prlctl		1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	prlctl	7.0.182	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	readykernel		1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	readykernel	yes	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	readykernel_patch		1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	readykernel_patch	89.0-r1	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	running		1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	running	yes	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	services		6
a67d5df8-aa77-4c4c-a04a-d9998f54394b	services	firewalld	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	services	libvirtd	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	services	prl-disp	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	services	tuned	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	services	vcmmd	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	services	vz	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	ssd		1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	ssd	yes	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	teaming		1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	teaming	no	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	templates		1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	templates	centos-6	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	virtualization		1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	virtualization	vz7	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	vm_memory		2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	vm_memory	<=2G	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	vm_memory	<=8G	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	vm_vcpus		2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	vm_vcpus	2	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	vm_vcpus	<=4	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	vms		1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	vms	yes	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	vswap		1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	vswap	yes	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	vzctl		1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	vzctl	7.0.229	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	vzkernel		2
a67d5df8-aa77-4c4c-a04a-d9998f54394b	vzkernel	3.10.0-1160.80.1.vz7.191.4	1
a67d5df8-aa77-4c4c-a04a-d9998f54394b	vzkernel	3.10.0-514.26.1.vz7.33.22	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	bonding		1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	bonding	yes	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	container_count		1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	container_count	1-5	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	containers		1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	containers	yes	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	cpu_cores		1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	cpu_cores	4	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	cpu_model		1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	cpu_vendor		1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	cpu_vendor	intel	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	ct_cpus		4
8a0c9444-15a3-48f7-a5da-10df6c3497cf	ct_cpus	2	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	ct_cpus	<=4	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	ct_cpus	unset	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	ct_disk		4
8a0c9444-15a3-48f7-a5da-10df6c3497cf	ct_disk	<=10G	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	ct_disk	<=50G	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	ct_features		2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	ct_features	fuse	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	ct_features	nfs	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	ct_os		4
8a0c9444-15a3-48f7-a5da-10df6c3497cf	ct_os	centos-7	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	ct_os	other	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	ct_os	ubuntu-16.04	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	ct_ram		4
8a0c9444-15a3-48f7-a5da-10df6c3497cf	ct_ram	<=1G	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	ct_ram	<=2G	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	ct_ram	<=4G	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	disk_kind		3
8a0c9444-15a3-48f7-a5da-10df6c3497cf	disk_kind	hdd	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	disk_kind	nvme	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	disk_model		3
8a0c9444-15a3-48f7-a5da-10df6c3497cf	disk_model	SAMSUNG MZQLB960HAJR-00007	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	disk_model	ST2000NM0055-1V4	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	distribution		1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	distribution	virtuozzo 7	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	guest_os		2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	guest_os	centos	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	guest_os	windows	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	kernel		1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	kernel	3.10.0-1160.80.1.vz7.191.4	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	layout		4
8a0c9444-15a3-48f7-a5da-10df6c3497cf	layout	ploop	4
8a0c9444-15a3-48f7-a5da-10df6c3497cf	memory		1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	memory	128-256 GiB	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	ploop		1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	ploop	7.0.93-1.vz7	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	prlctl		1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	prlctl	7.0.182	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	readykernel		1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	readykernel	yes	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	readykernel_patch		1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	readykernel_patch	89.0-r1	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	running		1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	running	yes	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	services		6
8a0c9444-15a3-48f7-a5da-10df6c3497cf	services	firewalld	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	services	libvirtd	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	services	prl-disp	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	services	tuned	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	services	vcmmd	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	services	vz	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	ssd		1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	ssd	yes	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	teaming		1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	teaming	no	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	templates		1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	templates	centos-6	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	virtualization		1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	virtualization	vz7	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	vm_memory		2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	vm_memory	<=2G	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	vm_memory	<=8G	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	vm_vcpus		2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	vm_vcpus	2	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	vm_vcpus	<=4	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	vms		1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	vms	yes	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	vswap		1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	vswap	yes	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	vzctl		1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	vzctl	7.0.229	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	vzkernel		2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	vzkernel	3.10.0-1160.80.1.vz7.191.4	1
8a0c9444-15a3-48f7-a5da-10df6c3497cf	vzkernel	3.10.0-514.26.1.vz7.33.22	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	bonding		1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	bonding	yes	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	container_count		1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	container_count	1-5	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	containers		1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	containers	yes	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	cpu_cores		1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	cpu_cores	4	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	cpu_model		1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	cpu_vendor		1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	cpu_vendor	intel	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	ct_cpus		4
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	ct_cpus	2	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	ct_cpus	<=4	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	ct_cpus	unset	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	ct_disk		4
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	ct_disk	<=10G	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	ct_disk	<=50G	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	ct_features		2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	ct_features	fuse	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	ct_features	nfs	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	ct_os		4
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	ct_os	centos-7	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	ct_os	other	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	ct_os	ubuntu-16.04	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	ct_ram		4
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	ct_ram	<=1G	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	ct_ram	<=2G	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	ct_ram	<=4G	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	disk_kind		3
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	disk_kind	hdd	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	disk_kind	nvme	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	disk_model		3
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	disk_model	SAMSUNG MZQLB960HAJR-00007	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	disk_model	ST2000NM0055-1V4	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	distribution		1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	distribution	virtuozzo 7	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	guest_os		2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	guest_os	centos	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	guest_os	windows	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	kernel		1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	kernel	3.10.0-1160.80.1.vz7.191.4	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	layout		4
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	layout	ploop	4
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	memory		1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	memory	128-256 GiB	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	ploop		1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	ploop	7.0.93-1.vz7	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	prlctl		1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	prlctl	7.0.182	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	readykernel		1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	readykernel	yes	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	readykernel_patch		1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	readykernel_patch	89.0-r1	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	running		1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	running	yes	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	services		6
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	services	firewalld	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	services	libvirtd	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	services	prl-disp	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	services	tuned	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	services	vcmmd	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	services	vz	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	ssd		1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	ssd	yes	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	teaming		1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	teaming	no	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	templates		1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	templates	centos-6	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	virtualization		1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	virtualization	vz7	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	vm_memory		2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	vm_memory	<=2G	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	vm_memory	<=8G	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	vm_vcpus		2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	vm_vcpus	2	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	vm_vcpus	<=4	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	vms		1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	vms	yes	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	vswap		1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	vswap	yes	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	vzctl		1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	vzctl	7.0.229	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	vzkernel		2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	vzkernel	3.10.0-1160.80.1.vz7.191.4	1
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	vzkernel	3.10.0-514.26.1.vz7.33.22	1
6d5949ca-4785-4b2c-b863-d9df8c283331	bonding		1
6d5949ca-4785-4b2c-b863-d9df8c283331	bonding	yes	1
6d5949ca-4785-4b2c-b863-d9df8c283331	container_count		1
6d5949ca-4785-4b2c-b863-d9df8c283331	container_count	1-5	1
6d5949ca-4785-4b2c-b863-d9df8c283331	containers		1
6d5949ca-4785-4b2c-b863-d9df8c283331	containers	yes	1
6d5949ca-4785-4b2c-b863-d9df8c283331	cpu_cores		1
6d5949ca-4785-4b2c-b863-d9df8c283331	cpu_cores	4	1
6d5949ca-4785-4b2c-b863-d9df8c283331	cpu_model		1
6d5949ca-4785-4b2c-b863-d9df8c283331	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	1
6d5949ca-4785-4b2c-b863-d9df8c283331	cpu_vendor		1
6d5949ca-4785-4b2c-b863-d9df8c283331	cpu_vendor	intel	1
6d5949ca-4785-4b2c-b863-d9df8c283331	ct_cpus		4
6d5949ca-4785-4b2c-b863-d9df8c283331	ct_cpus	2	1
6d5949ca-4785-4b2c-b863-d9df8c283331	ct_cpus	<=4	1
6d5949ca-4785-4b2c-b863-d9df8c283331	ct_cpus	unset	2
6d5949ca-4785-4b2c-b863-d9df8c283331	ct_disk		4
6d5949ca-4785-4b2c-b863-d9df8c283331	ct_disk	<=10G	2
6d5949ca-4785-4b2c-b863-d9df8c283331	ct_disk	<=50G	2
6d5949ca-4785-4b2c-b863-d9df8c283331	ct_features		2
6d5949ca-4785-4b2c-b863-d9df8c283331	ct_features	fuse	1
6d5949ca-4785-4b2c-b863-d9df8c283331	ct_features	nfs	1
6d5949ca-4785-4b2c-b863-d9df8c283331	ct_os		4
6d5949ca-4785-4b2c-b863-d9df8c283331	ct_os	centos-7	2
6d5949ca-4785-4b2c-b863-d9df8c283331	ct_os	other	1
6d5949ca-4785-4b2c-b863-d9df8c283331	ct_os	ubuntu-16.04	1
6d5949ca-4785-4b2c-b863-d9df8c283331	ct_ram		4
6d5949ca-4785-4b2c-b863-d9df8c283331	ct_ram	<=1G	2
6d5949ca-4785-4b2c-b863-d9df8c283331	ct_ram	<=2G	1
6d5949ca-4785-4b2c-b863-d9df8c283331	ct_ram	<=4G	1
6d5949ca-4785-4b2c-b863-d9df8c283331	disk_kind		3
6d5949ca-4785-4b2c-b863-d9df8c283331	disk_kind	hdd	2
6d5949ca-4785-4b2c-b863-d9df8c283331	disk_kind	nvme	1
6d5949ca-4785-4b2c-b863-d9df8c283331	disk_model		3
6d5949ca-4785-4b2c-b863-d9df8c283331	disk_model	SAMSUNG MZQLB960HAJR-00007	1
6d5949ca-4785-4b2c-b863-d9df8c283331	disk_model	ST2000NM0055-1V4	2
6d5949ca-4785-4b2c-b863-d9df8c283331	distribution		1
6d5949ca-4785-4b2c-b863-d9df8c283331	distribution	virtuozzo 7	1
6d5949ca-4785-4b2c-b863-d9df8c283331	guest_os		2
6d5949ca-4785-4b2c-b863-d9df8c283331	guest_os	centos	1
6d5949ca-4785-4b2c-b863-d9df8c283331	guest_os	windows	1
6d5949ca-4785-4b2c-b863-d9df8c283331	kernel		1
6d5949ca-4785-4b2c-b863-d9df8c283331	kernel	3.10.0-1160.80.1.vz7.191.4	1
6d5949ca-4785-4b2c-b863-d9df8c283331	layout		4
6d5949ca-4785-4b2c-b863-d9df8c283331	layout	ploop	4
6d5949ca-4785-4b2c-b863-d9df8c283331	memory		1
6d5949ca-4785-4b2c-b863-d9df8c283331	memory	128-256 GiB	1
6d5949ca-4785-4b2c-b863-d9df8c283331	ploop		1
6d5949ca-4785-4b2c-b863-d9df8c283331	ploop	7.0.93-1.vz7	1
6d5949ca-4785-4b2c-b863-d9df8c283331	prlctl		1
6d5949ca-4785-4b2c-b863-d9df8c283331	prlctl	7.0.182	1
6d5949ca-4785-4b2c-b863-d9df8c283331	readykernel		1
6d5949ca-4785-4b2c-b863-d9df8c283331	readykernel	yes	1
6d5949ca-4785-4b2c-b863-d9df8c283331	readykernel_patch		1
6d5949ca-4785-4b2c-b863-d9df8c283331	readykernel_patch	89.0-r1	1
6d5949ca-4785-4b2c-b863-d9df8c283331	running		1
6d5949ca-4785-4b2c-b863-d9df8c283331	running	yes	1
6d5949ca-4785-4b2c-b863-d9df8c283331	services		6
6d5949ca-4785-4b2c-b863-d9df8c283331	services	firewalld	1
6d5949ca-4785-4b2c-b863-d9df8c283331	services	libvirtd	1
6d5949ca-4785-4b2c-b863-d9df8c283331	services	prl-disp	1
6d5949ca-4785-4b2c-b863-d9df8c283331	services	tuned	1
6d5949ca-4785-4b2c-b863-d9df8c283331	services	vcmmd	1
6d5949ca-4785-4b2c-b863-d9df8c283331	services	vz	1
6d5949ca-4785-4b2c-b863-d9df8c283331	ssd		1
6d5949ca-4785-4b2c-b863-d9df8c283331	ssd	yes	1
6d5949ca-4785-4b2c-b863-d9df8c283331	teaming		1
6d5949ca-4785-4b2c-b863-d9df8c283331	teaming	no	1
6d5949ca-4785-4b2c-b863-d9df8c283331	templates		1
6d5949ca-4785-4b2c-b863-d9df8c283331	templates	centos-6	1
6d5949ca-4785-4b2c-b863-d9df8c283331	virtualization		1
6d5949ca-4785-4b2c-b863-d9df8c283331	virtualization	vz7	1
6d5949ca-4785-4b2c-b863-d9df8c283331	vm_memory		2
6d5949ca-4785-4b2c-b863-d9df8c283331	vm_memory	<=2G	1
6d5949ca-4785-4b2c-b863-d9df8c283331	vm_memory	<=8G	1
6d5949ca-4785-4b2c-b863-d9df8c283331	vm_vcpus		2
6d5949ca-4785-4b2c-b863-d9df8c283331	vm_vcpus	2	1
6d5949ca-4785-4b2c-b863-d9df8c283331	vm_vcpus	<=4	1
6d5949ca-4785-4b2c-b863-d9df8c283331	vms		1
6d5949ca-4785-4b2c-b863-d9df8c283331	vms	yes	1
6d5949ca-4785-4b2c-b863-d9df8c283331	vswap		1
6d5949ca-4785-4b2c-b863-d9df8c283331	vswap	yes	1
6d5949ca-4785-4b2c-b863-d9df8c283331	vzctl		1
6d5949ca-4785-4b2c-b863-d9df8c283331	vzctl	7.0.229	1
6d5949ca-4785-4b2c-b863-d9df8c283331	vzkernel		2
6d5949ca-4785-4b2c-b863-d9df8c283331	vzkernel	3.10.0-1160.80.1.vz7.191.4	1
6d5949ca-4785-4b2c-b863-d9df8c283331	vzkernel	3.10.0-514.26.1.vz7.33.22	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	bonding		1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	bonding	yes	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	container_count		1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	container_count	1-5	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	containers		1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	containers	yes	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	cpu_cores		1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	cpu_cores	4	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	cpu_model		1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	cpu_model	Intel(R) Core(TM) i7-3610QM CPU @ 2.30GHz	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	cpu_vendor		1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	cpu_vendor	intel	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	ct_cpus		4
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	ct_cpus	2	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	ct_cpus	<=4	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	ct_cpus	unset	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	ct_disk		4
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	ct_disk	<=10G	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	ct_disk	<=50G	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	ct_features		2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	ct_features	fuse	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	ct_features	nfs	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	ct_os		4
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	ct_os	centos-7	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	ct_os	other	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	ct_os	ubuntu-16.04	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	ct_ram		4
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	ct_ram	<=1G	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	ct_ram	<=2G	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	ct_ram	<=4G	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	disk_kind		3
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	disk_kind	hdd	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	disk_kind	nvme	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	disk_model		3
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	disk_model	SAMSUNG MZQLB960HAJR-00007	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	disk_model	ST2000NM0055-1V4	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	distribution		1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	distribution	virtuozzo 7	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	guest_os		2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	guest_os	centos	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	guest_os	windows	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	kernel		1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	kernel	3.10.0-1160.80.1.vz7.191.4	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	layout		4
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	layout	ploop	4
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	memory		1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	memory	128-256 GiB	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	ploop		1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	ploop	7.0.93-1.vz7	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	prlctl		1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	prlctl	7.0.182	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	readykernel		1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	readykernel	yes	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	readykernel_patch		1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	readykernel_patch	89.0-r1	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	running		1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	running	yes	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	services		6
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	services	firewalld	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	services	libvirtd	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	services	prl-disp	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	services	tuned	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	services	vcmmd	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	services	vz	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	ssd		1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	ssd	yes	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	teaming		1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	teaming	no	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	templates		1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	templates	centos-6	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	virtualization		1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	virtualization	vz7	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	vm_memory		2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	vm_memory	<=2G	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	vm_memory	<=8G	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	vm_vcpus		2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	vm_vcpus	2	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	vm_vcpus	<=4	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	vms		1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	vms	yes	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	vswap		1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	vswap	yes	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	vzctl		1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	vzctl	7.0.229	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	vzkernel		2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	vzkernel	3.10.0-1160.80.1.vz7.191.4	1
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	vzkernel	3.10.0-514.26.1.vz7.33.22	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	ct_cpus		5
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	ct_cpus	<=4	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	ct_disk		5
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	ct_disk	<=100G	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	ct_os		5
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	ct_os	debian-9.0	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	ct_os	ubuntu-16.04	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	ct_os	vzlinux-7	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	ct_ram		5
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	ct_ram	<=1G	2
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	ct_ram	<=8G	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	kernel	3.10.0-1160.80.1.vz7.191.4	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	layout		5
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	layout	ploop	4
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	ploop	7.0.270-1.vz7	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	prlctl	7.0.240	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	templates		4
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	templates	centos-7	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	templates	debian-9.0	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	templates	ubuntu-16.04	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	templates	vzlinux-7	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	vzctl	7.0.229	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	vzkernel		2
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	vzkernel	3.10.0-1160.80.1.vz7.191.4	1
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	vzkernel	3.10.0-514.26.1.vz7.33.22	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	ct_cpus		5
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	ct_cpus	<=4	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	ct_disk		5
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	ct_disk	<=100G	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	ct_os		5
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	ct_os	debian-9.0	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	ct_os	ubuntu-16.04	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	ct_os	vzlinux-7	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	ct_ram		5
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	ct_ram	<=1G	2
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	ct_ram	<=8G	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	kernel	3.10.0-1160.80.1.vz7.191.4	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	layout		5
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	layout	ploop	4
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	ploop	7.0.270-1.vz7	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	prlctl	7.0.240	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	templates		4
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	templates	centos-7	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	templates	debian-9.0	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	templates	ubuntu-16.04	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	templates	vzlinux-7	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	vzctl	7.0.229	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	vzkernel		2
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	vzkernel	3.10.0-1160.80.1.vz7.191.4	1
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	vzkernel	3.10.0-514.26.1.vz7.33.22	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	ct_cpus		5
5d29d753-0e88-4e4b-82fc-ece2fec989a7	ct_cpus	<=4	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	ct_disk		5
5d29d753-0e88-4e4b-82fc-ece2fec989a7	ct_disk	<=100G	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	ct_os		5
5d29d753-0e88-4e4b-82fc-ece2fec989a7	ct_os	debian-9.0	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	ct_os	ubuntu-16.04	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	ct_os	vzlinux-7	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	ct_ram		5
5d29d753-0e88-4e4b-82fc-ece2fec989a7	ct_ram	<=1G	2
5d29d753-0e88-4e4b-82fc-ece2fec989a7	ct_ram	<=8G	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	kernel	3.10.0-1160.80.1.vz7.191.4	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	layout		5
5d29d753-0e88-4e4b-82fc-ece2fec989a7	layout	ploop	4
5d29d753-0e88-4e4b-82fc-ece2fec989a7	ploop	7.0.270-1.vz7	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	prlctl	7.0.240	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	templates		4
5d29d753-0e88-4e4b-82fc-ece2fec989a7	templates	centos-7	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	templates	debian-9.0	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	templates	ubuntu-16.04	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	templates	vzlinux-7	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	vzctl	7.0.229	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	vzkernel		2
5d29d753-0e88-4e4b-82fc-ece2fec989a7	vzkernel	3.10.0-1160.80.1.vz7.191.4	1
5d29d753-0e88-4e4b-82fc-ece2fec989a7	vzkernel	3.10.0-514.26.1.vz7.33.22	1
31d6d449-e63a-4614-8a66-562a07797427	ct_cpus		5
31d6d449-e63a-4614-8a66-562a07797427	ct_cpus	<=4	1
31d6d449-e63a-4614-8a66-562a07797427	ct_disk		5
31d6d449-e63a-4614-8a66-562a07797427	ct_disk	<=100G	1
31d6d449-e63a-4614-8a66-562a07797427	ct_os		5
31d6d449-e63a-4614-8a66-562a07797427	ct_os	debian-9.0	1
31d6d449-e63a-4614-8a66-562a07797427	ct_os	ubuntu-16.04	1
31d6d449-e63a-4614-8a66-562a07797427	ct_os	vzlinux-7	1
31d6d449-e63a-4614-8a66-562a07797427	ct_ram		5
31d6d449-e63a-4614-8a66-562a07797427	ct_ram	<=1G	2
31d6d449-e63a-4614-8a66-562a07797427	ct_ram	<=8G	1
31d6d449-e63a-4614-8a66-562a07797427	kernel	3.10.0-1160.80.1.vz7.191.4	1
31d6d449-e63a-4614-8a66-562a07797427	layout		5
31d6d449-e63a-4614-8a66-562a07797427	layout	ploop	4
31d6d449-e63a-4614-8a66-562a07797427	ploop	7.0.270-1.vz7	1
31d6d449-e63a-4614-8a66-562a07797427	prlctl	7.0.240	1
31d6d449-e63a-4614-8a66-562a07797427	templates		4
31d6d449-e63a-4614-8a66-562a07797427	templates	centos-7	1
31d6d449-e63a-4614-8a66-562a07797427	templates	debian-9.0	1
31d6d449-e63a-4614-8a66-562a07797427	templates	ubuntu-16.04	1
31d6d449-e63a-4614-8a66-562a07797427	templates	vzlinux-7	1
31d6d449-e63a-4614-8a66-562a07797427	vzctl	7.0.229	1
31d6d449-e63a-4614-8a66-562a07797427	vzkernel		2
31d6d449-e63a-4614-8a66-562a07797427	vzkernel	3.10.0-1160.80.1.vz7.191.4	1
31d6d449-e63a-4614-8a66-562a07797427	vzkernel	3.10.0-514.26.1.vz7.33.22	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	ct_cpus		5
eb9700cd-bafc-40df-a7b5-0a008312ccb6	ct_cpus	<=4	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	ct_disk		5
eb9700cd-bafc-40df-a7b5-0a008312ccb6	ct_disk	<=100G	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	ct_os		5
eb9700cd-bafc-40df-a7b5-0a008312ccb6	ct_os	debian-9.0	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	ct_os	ubuntu-16.04	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	ct_os	vzlinux-7	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	ct_ram		5
eb9700cd-bafc-40df-a7b5-0a008312ccb6	ct_ram	<=1G	2
eb9700cd-bafc-40df-a7b5-0a008312ccb6	ct_ram	<=8G	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	kernel	3.10.0-1160.80.1.vz7.191.4	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	layout		5
eb9700cd-bafc-40df-a7b5-0a008312ccb6	layout	ploop	4
eb9700cd-bafc-40df-a7b5-0a008312ccb6	ploop	7.0.270-1.vz7	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	prlctl	7.0.240	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	templates		4
eb9700cd-bafc-40df-a7b5-0a008312ccb6	templates	centos-7	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	templates	debian-9.0	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	templates	ubuntu-16.04	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	templates	vzlinux-7	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	vzctl	7.0.229	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	vzkernel		2
eb9700cd-bafc-40df-a7b5-0a008312ccb6	vzkernel	3.10.0-1160.80.1.vz7.191.4	1
eb9700cd-bafc-40df-a7b5-0a008312ccb6	vzkernel	3.10.0-514.26.1.vz7.33.22	1
\.


--
-- Data for Name: hosts; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.hosts (host_id, first_seen, last_seen, reports) FROM stdin;
213fbf5d-24e5-4fc9-86d9-426ba65bf233	1785232800	1789466400	3
91d85bf8-71d4-452b-b17e-70067c0e988e	1785232800	1789466400	3
7bfedbdb-ad66-4c2b-9428-a36085e2a778	1785232800	1789466400	3
cbb82acc-160b-40be-8fc6-d4ec5408629b	1785232800	1789466400	3
0d1d68a7-0a31-452d-ac11-ed618a9962ae	1785232800	1789466400	3
59ce6aa5-70b9-47bc-87f3-762113237531	1787047200	1793700000	3
cd191280-0338-49dc-949b-5d384bcaac84	1787047200	1793700000	3
0e00363f-77c3-4630-bef3-3e25134c70c7	1787047200	1793700000	3
6432abc7-e99a-4aa3-a992-d2b8955e4d41	1787047200	1793700000	3
467bd2a4-56aa-4fe1-9c37-d4c550b27a96	1787047200	1793700000	3
d75985c9-475a-41af-ad58-69bd3fbfb596	1789466400	1794909600	2
715ba171-c0de-4a15-9950-b5024eb295fc	1789466400	1794909600	2
1a813460-3468-41f9-b8ea-400721f158f0	1789466400	1794909600	2
95ff85b8-6158-4d29-b8eb-96f5e62adc3e	1792490400	1795514400	4
03f1b2f5-f889-4588-b8df-d423c4a48c86	1792490400	1795514400	4
10d028b7-2096-4f18-ba9a-ff806979ddf7	1792490400	1795514400	4
a3997855-16f0-4b80-9944-1b6e8941c40a	1792490400	1795514400	4
464064af-3816-47c7-ae0c-e7bee87acb41	1792490400	1795514400	4
74401e6c-6b8c-4305-a2c7-a8cef1ace04e	1785232800	1795514400	5
35e05ffa-a573-4e0d-b010-7e8d0fa6665e	1785232800	1795514400	5
5d29d753-0e88-4e4b-82fc-ece2fec989a7	1785232800	1795514400	5
31d6d449-e63a-4614-8a66-562a07797427	1785232800	1795514400	5
eb9700cd-bafc-40df-a7b5-0a008312ccb6	1785232800	1795514400	5
6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	1785232800	1795514400	4
f28f8424-1f7b-462c-bbd3-e0732b1e6846	1785232800	1795514400	4
85a31e9a-09a7-4423-bcbc-9409884f4223	1785232800	1795514400	4
f09444ea-c240-4c5b-af7f-9ed0ae16b423	1785232800	1795514400	4
a22744bc-a4b4-499a-b378-f4e9f3317332	1785232800	1795514400	4
a67d5df8-aa77-4c4c-a04a-d9998f54394b	1794477600	1795514400	2
8a0c9444-15a3-48f7-a5da-10df6c3497cf	1794477600	1795514400	2
5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	1794477600	1795514400	2
6d5949ca-4785-4b2c-b863-d9df8c283331	1794477600	1795514400	2
b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	1794477600	1795514400	2
f77a3a71-a168-4180-86df-a8665ef4aaef	1785232800	1795514400	6
ebecc7af-16a1-4bab-a4eb-10bb08bd262d	1785232800	1795514400	6
c3601b2c-18ca-4520-82e2-e5e36455db1f	1785232800	1795514400	6
fbc858d2-2b34-43eb-b041-5e51d8b20d73	1785232800	1795514400	6
7fa8b641-5c50-419e-8146-282719a7816b	1785232800	1795514400	6
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
978d0d8b-3fef-4bbd-9eff-8c34c228e99b	213fbf5d-24e5-4fc9-86d9-426ba65bf233	1789466400	4609cff25efecc740ca4ec373abb4a02d8811756c537c1f4599db22d4b68d8a5	disp
65c0ddb5-fe7f-4fae-a572-a4b96d1aab3b	91d85bf8-71d4-452b-b17e-70067c0e988e	1789466400	a3bdeb8c93552ddb42b88858a33efa777ba2182eb78988c91f5a03c92676dc42	disp
867f1d7e-66b2-4976-b55d-bbd286983404	7bfedbdb-ad66-4c2b-9428-a36085e2a778	1789466400	711564e59188cd11fec7ca7ebcd3f1c1bd48f22451fd6d233bd96e33fe553c89	disp
d6a0f7c4-82fb-4fb0-ba34-fcffcb6141fc	cbb82acc-160b-40be-8fc6-d4ec5408629b	1789466400	969a1d2071c83c75bea5c0df2fb3878b5ba57f59798dd27ba8ba0c9541ab0788	disp
31c4a9c9-6753-45cd-a403-9f5a63812005	0d1d68a7-0a31-452d-ac11-ed618a9962ae	1789466400	89964beb34ea5f003aab225647984402017b41a8507d58055ff4e83b593580dd	disp
f8c6dafb-042c-4920-91de-e39fb8e02a69	95ff85b8-6158-4d29-b8eb-96f5e62adc3e	1792490400	467fea3145619fcf4eab5bfac9c44a61cd5066eabec88212933bdd2af8106e4f	native
6561a47c-f958-4ff5-8fda-65c6cb90163c	03f1b2f5-f889-4588-b8df-d423c4a48c86	1792490400	de5c02c8f753fe5d1be4a24611ae339da9e68941588fcf1a7f70520f31ae6bcd	native
46b6b2df-4103-435c-909c-e414deaf6512	10d028b7-2096-4f18-ba9a-ff806979ddf7	1792490400	0a904e1d9a18bbb71a4bd61a29dfa0c57847ad52f1c701469e5a4ab290b89b2e	native
51be02de-e48a-4b67-949e-177341c88ef1	a3997855-16f0-4b80-9944-1b6e8941c40a	1792490400	abe2391b8761baf23f4287e02ae1eb711a1fe522bb87547472fff6f94ac462de	native
5cd9abca-c7d4-454f-8a7d-09e66b9a80b8	464064af-3816-47c7-ae0c-e7bee87acb41	1792490400	ee4e472fec1b8c921316b6d31f629d666d77f557d399b9c0680372a797ea8eb3	native
28826cd5-5267-4c95-8547-f8e73c2a7a4b	74401e6c-6b8c-4305-a2c7-a8cef1ace04e	1792490400	f47995402ac6ce3eeecc336b3dd2fcd3128fe90ef1f9628201516f36cd62a6c0	native
c71fb0c2-8aae-4627-9e9b-70c0a1202c87	35e05ffa-a573-4e0d-b010-7e8d0fa6665e	1792490400	956504619db83c6ddc0bd2e0257eab58791c3b182b3b8a433287ec65bb4a2131	native
73361b46-cb54-47d5-bcc8-cdd317736fd2	5d29d753-0e88-4e4b-82fc-ece2fec989a7	1792490400	d594f01e1ce03b12f53127ca32f43de02832c714f3ab77ba4efd9534a4d23bed	native
69d743f7-e86d-42cf-9614-cb4457be02a3	31d6d449-e63a-4614-8a66-562a07797427	1792490400	b07c5c101461f1845d63f7fbf52cc68eef1fad64e56a29447be4809c527e038a	native
cd71d1fb-2e40-4072-9de3-ed9d8c60131f	eb9700cd-bafc-40df-a7b5-0a008312ccb6	1792490400	9c681b6d1da90595bf5c761d0b1e56de8aa8fc9f24a969693aae9b80b3b13fbb	native
87d3afb6-d19b-4ebc-94fe-9e13fa7158e4	59ce6aa5-70b9-47bc-87f3-762113237531	1792490400	b1f43ee1b81198391bc2970da9ef02db2f5d160c8f793aead76b6b9126063332	native
9b1d4cea-83cd-48bf-9d21-5395f273b079	cd191280-0338-49dc-949b-5d384bcaac84	1792490400	724a278f0af450a978b995418aab853a496d7beb92b0ce9d80766906f809314b	native
29d73e09-ef29-4e60-bde7-8112590c72c8	0e00363f-77c3-4630-bef3-3e25134c70c7	1792490400	e6dd7ad782104b384205a36e32fdcb747d67541cafa7c51e346ebd75c50eec05	native
c5595948-859c-49a6-846f-ba2b2ad8a6d0	6432abc7-e99a-4aa3-a992-d2b8955e4d41	1792490400	a61c9b095bb371d835d2868c32824810f3e561f840720ff0255a9c104e8b703e	native
119b3e41-4bde-4a54-bc73-c7ca6f23c4c5	467bd2a4-56aa-4fe1-9c37-d4c550b27a96	1792490400	35a6e7adbf51050bc52cd33c0184c53eb439fec126d73312fd2ec0a828c444b0	native
6a8d4747-52d5-4c3f-97d1-c6f7de3896c3	6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	1792490400	49c80a864684c24d6e76fee4a2132ac6a065ab97bb4babe0fc47e20a2faaaea5	disp
2317ef65-e077-4c00-9795-5cadc7c032c5	f28f8424-1f7b-462c-bbd3-e0732b1e6846	1792490400	cfe4a6d678985bcdab3e3dacd2b419b457169b003cf9f647f2809fce6d91d32f	disp
d2fb6b2f-0cd0-433a-8b32-6ca69aab0e85	85a31e9a-09a7-4423-bcbc-9409884f4223	1792490400	d3f817a7a2db48516ff90cc742f3028513d1d8c2a8993031d63eef5faf54137c	disp
0d26ff29-150e-4113-bc6e-58d4308324c4	f09444ea-c240-4c5b-af7f-9ed0ae16b423	1792490400	798a31a2f3e9ae4624f803fd87bc84d2bc08d87ffeb877338320466a367faf99	disp
685db60a-9c6f-46dd-9a6e-d5a84853ba38	a22744bc-a4b4-499a-b378-f4e9f3317332	1792490400	b416b156ee1c58c5261184f557787480f2d87dc0817c7362e230610e88910a24	disp
759ca318-8303-496b-8eab-edd5216b1b34	f77a3a71-a168-4180-86df-a8665ef4aaef	1792490400	fa2cda8fa10f5744af92cc21015b70a70a2d08c0e41f7701984f677d1856e7ff	vzstats
6b6d2188-2c4f-4693-9681-a1625ea79890	ebecc7af-16a1-4bab-a4eb-10bb08bd262d	1792490400	fa2cda8fa10f5744af92cc21015b70a70a2d08c0e41f7701984f677d1856e7ff	vzstats
4c54469f-d4cd-4e03-8346-d4acc652ace1	c3601b2c-18ca-4520-82e2-e5e36455db1f	1792490400	fa2cda8fa10f5744af92cc21015b70a70a2d08c0e41f7701984f677d1856e7ff	vzstats
e3ae58c2-ca10-4f80-b58f-babf813e7b52	fbc858d2-2b34-43eb-b041-5e51d8b20d73	1792490400	fa2cda8fa10f5744af92cc21015b70a70a2d08c0e41f7701984f677d1856e7ff	vzstats
b319305d-adf2-43ce-9654-1e4e2cd2acae	7fa8b641-5c50-419e-8146-282719a7816b	1792490400	fa2cda8fa10f5744af92cc21015b70a70a2d08c0e41f7701984f677d1856e7ff	vzstats
8df29a42-a029-4ce5-9e43-731a2b27025e	95ff85b8-6158-4d29-b8eb-96f5e62adc3e	1793700000	962ce8ba73f4d9c70df852961e3c4fabd92467f8323867b29453a9782b9dbc61	native
9df15872-8e19-426a-90f0-c81a875a30c2	03f1b2f5-f889-4588-b8df-d423c4a48c86	1793700000	d55c03c593ad8b78e1c76abd48e8070db58fba2a1a5915513ba3c805f9b67b91	native
9137dccc-e2fe-4558-b809-32245d2c5f37	10d028b7-2096-4f18-ba9a-ff806979ddf7	1793700000	37e69db7122109c01ce933d23e7beff83d13850029a7bef03d24e4b364ecdf78	native
88b09302-c2c5-4ce4-88c3-19ebc4a7dee6	a3997855-16f0-4b80-9944-1b6e8941c40a	1793700000	c0e3b333676cfc54e20898e427e5deb36255d4c1ec2726268f3587a304edf709	native
cfa74642-257c-4bca-bb2c-2169e650c495	464064af-3816-47c7-ae0c-e7bee87acb41	1793700000	9793a5fba7114131f1cfa27c5f588ddd4e479b94b3503c745ff3cfab673a884c	native
46511c85-1a46-4de6-83e2-1163e0a0204e	59ce6aa5-70b9-47bc-87f3-762113237531	1793700000	4c4a5be71449915cae15dc821f237e46e8355968e219a529ff2f51c055a66c91	native
05d21adf-d051-4864-b033-3c1c13da576e	cd191280-0338-49dc-949b-5d384bcaac84	1793700000	0f84e7d173aed367d191f311e5c0cbb6583d994a2c4292b170c4926b964c6716	native
8f095722-aa24-4791-906c-094fe0a0664c	0e00363f-77c3-4630-bef3-3e25134c70c7	1793700000	31d19e6d0bff0995c45040f998a8c5efe643dd797058558b942fa89eba7fb9d6	native
83458fb7-413b-4f37-8111-2171cbbfd68a	6432abc7-e99a-4aa3-a992-d2b8955e4d41	1793700000	6c63ea17c303167cb125ca0409f9bd4dd1ae08dd94fb85b98d6a06c4007f6e9c	native
c815c5ab-93cc-45c0-9109-c25e17028104	467bd2a4-56aa-4fe1-9c37-d4c550b27a96	1793700000	8d66304a93efaababc97239d92403814e856c141d95b526943282d5207b4f0ec	native
4f4557ea-0dab-49d7-953b-77e779b190f7	a67d5df8-aa77-4c4c-a04a-d9998f54394b	1794477600	b4b61924e5a1e06c075e80d07837215876b239505c9d3fb0afe0ec77af68d516	vzstats
c5752113-6a32-418e-acf0-6d5be128d667	8a0c9444-15a3-48f7-a5da-10df6c3497cf	1794477600	dcde45aff617d0aaf0e3b6cdd5950030dfde1307d53fc8d3e3fa9038c3538a2c	vzstats
75f6b8b0-5c37-468a-8320-729be64526dd	5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	1794477600	d99542292f7f4b83642c04c74fbe50b94b3ba20aff65538a5225bff377f8dc3c	vzstats
ca30e647-bcf7-4b70-8e3b-cf1ae46f1785	6d5949ca-4785-4b2c-b863-d9df8c283331	1794477600	39dba3f326a1f7018ca8a38b8e7b0c0f4977578f32248cd4e3b45a9d1883935c	vzstats
4008ffe6-61ca-4c63-abe5-ff1c2a4acf11	b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	1794477600	fe1b88be380c1b2ce1845b72a1a20aaa5d229ae767a93cad0f208eb79efa0a98	vzstats
b222cb0d-0226-44a9-bd80-8bb50694c782	95ff85b8-6158-4d29-b8eb-96f5e62adc3e	1794909600	28f4da6a22090662bcefbeffb561c24c0a265c18318084f6fe7a320fb098da87	native
4dd0ed9d-4480-4561-bc92-bf54b33b620d	03f1b2f5-f889-4588-b8df-d423c4a48c86	1794909600	07cfaaf0a7a3822e14b0cef0bffd304d6f220c4e6650b081941ab1202512035e	native
a6db6b05-c682-4c27-9643-479ba8bea6a5	10d028b7-2096-4f18-ba9a-ff806979ddf7	1794909600	e5e2fa2ea44e6be30f7b99fe93a402914d64a13b3322b4f5659e2a0963486d90	native
9152ef06-4e9e-46fe-8c30-1e33b5c894e7	a3997855-16f0-4b80-9944-1b6e8941c40a	1794909600	ee897f24b96df50fb7e482b106df2e22b2db5a995871652532f6326ba6450769	native
f69052e0-a355-4e00-af74-063e3893c4d9	464064af-3816-47c7-ae0c-e7bee87acb41	1794909600	55b3151daecdaa0d8842d357e60160252a467a71b1e7e37305ea0cae36eb05b2	native
0d68d74f-ec15-4199-b799-bd973ed8886e	74401e6c-6b8c-4305-a2c7-a8cef1ace04e	1794909600	67cb941698e951c2eae631549a29229b324c63e4bbbedccbbe711f3cecee2c6f	native
ffd53d27-5c41-4a81-9c11-e83c75d908d2	35e05ffa-a573-4e0d-b010-7e8d0fa6665e	1794909600	b7edf3f2c7db086162fb73f796f11085e6825d9154caab1394c206cc9e828622	native
d4632907-51c5-4a1c-9cff-d85b6deba1f8	5d29d753-0e88-4e4b-82fc-ece2fec989a7	1794909600	c3995020a00f59a73af41e4bb670be42e054047ec32c8521bbd059d5009ee196	native
f5c9841d-6523-4f70-b3a8-265e84003e50	31d6d449-e63a-4614-8a66-562a07797427	1794909600	5b29f6d07759ae8acb9eccbd872e5daac3833f66832ea02d4d7c5c44599903fa	native
0b0d5ccf-6846-445a-8a24-882a39b9ebc0	eb9700cd-bafc-40df-a7b5-0a008312ccb6	1794909600	061fb3d6a6d1d64da130812ee0220e69f6c126fcbc948e460443a4bfeaa3d96a	native
7a881a74-0019-4cb9-bfa8-f7637facbcfb	6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	1794909600	25d93af7099420a4703394c5dede8e2ec588297dfc5319838296a1a82cd3b7b1	disp
0861fd59-2591-4f31-b205-9f724a70d732	f28f8424-1f7b-462c-bbd3-e0732b1e6846	1794909600	6b70a3d36ca07c8e636f6cdeb72b0ba7406f8d8c01643970691a053cb0f0f326	disp
9d1f04c8-870f-4832-88fd-a449bcdea46e	85a31e9a-09a7-4423-bcbc-9409884f4223	1794909600	ae98755339ce1ff5cc1e43dc97ef54b551d75ab60334cb73b0455724d1d9f26c	disp
697eb126-5c0f-4c22-a0dc-a51285b27f1b	f09444ea-c240-4c5b-af7f-9ed0ae16b423	1794909600	d4ea229c3739fb975ef739f8c98c8dcd3eb61cffd3a14ae7ae3a885c4864ef82	disp
592ed785-77ef-4036-91f6-c2eca0effd96	a22744bc-a4b4-499a-b378-f4e9f3317332	1794909600	2d8314d1a6eda667a23f10e9c1ed78494b760e3b8d60575feec367ac948aacb4	disp
4c690ec6-7567-4a96-99b7-38a6baf79f8e	f77a3a71-a168-4180-86df-a8665ef4aaef	1794909600	e8e86f24bf9d7e7aab13b367c692b102f29bdcc19262a863af390195b4771f2e	vzstats
3507730c-38e3-4b9b-b904-1bab6ff29731	ebecc7af-16a1-4bab-a4eb-10bb08bd262d	1794909600	e8e86f24bf9d7e7aab13b367c692b102f29bdcc19262a863af390195b4771f2e	vzstats
8d78281f-4f20-4af5-a624-c060a34cff5d	c3601b2c-18ca-4520-82e2-e5e36455db1f	1794909600	e8e86f24bf9d7e7aab13b367c692b102f29bdcc19262a863af390195b4771f2e	vzstats
a46f77c3-eb2d-46b2-9901-d47ef82572a8	fbc858d2-2b34-43eb-b041-5e51d8b20d73	1794909600	e8e86f24bf9d7e7aab13b367c692b102f29bdcc19262a863af390195b4771f2e	vzstats
73d82174-3c4f-4cfd-bbaa-af046ebba226	7fa8b641-5c50-419e-8146-282719a7816b	1794909600	e8e86f24bf9d7e7aab13b367c692b102f29bdcc19262a863af390195b4771f2e	vzstats
6e3df39e-a7ce-4f62-9a50-d990f463ea13	d75985c9-475a-41af-ad58-69bd3fbfb596	1794909600	2cff43b94de9c94c62a22e9ead965c0b44ee55e5c2fad34c8c68654b4e41ffc3	vzstats
eb1b54bb-5d35-46d4-a630-fe74bef83582	715ba171-c0de-4a15-9950-b5024eb295fc	1794909600	2cff43b94de9c94c62a22e9ead965c0b44ee55e5c2fad34c8c68654b4e41ffc3	vzstats
cb739fa6-81f8-4b15-8e4d-763fdbc969d9	1a813460-3468-41f9-b8ea-400721f158f0	1794909600	2cff43b94de9c94c62a22e9ead965c0b44ee55e5c2fad34c8c68654b4e41ffc3	vzstats
46ef3da7-0cd1-4469-9a0f-e9cd2a420340	74401e6c-6b8c-4305-a2c7-a8cef1ace04e	1795082400	972923d5f5e94de72a74f5ee27d9be6a6a607645443a8bfd9c4e84673ff00278	native
166664b2-0141-467b-837a-5a9c9268a189	35e05ffa-a573-4e0d-b010-7e8d0fa6665e	1795082400	47d068121440c3ebe34898cbf635c12b20010e532d95ca387d750b64f7bea2e2	native
96d11d5f-6830-40dd-b92b-97091c288cdb	5d29d753-0e88-4e4b-82fc-ece2fec989a7	1795082400	55ab5f63fe05b9ddf7d45e9b348bcdc7eadcc047e85e258052840508047136dc	native
a82e3e2d-1447-4b0e-b5c7-32191af41142	31d6d449-e63a-4614-8a66-562a07797427	1795082400	a184b8db1ac4321383aedfa6ae556b62fdd680715c619be38feca9289bbcdab0	native
a39addd5-9425-4a00-a9a1-03f43c65d8e5	eb9700cd-bafc-40df-a7b5-0a008312ccb6	1795082400	0b34321f9f5104a101f575613746ebeff7a69f63be8c9501fc4a4c9c4ca8168e	native
d5ec2f85-f23d-4cc0-bf0c-8475ca17da77	f77a3a71-a168-4180-86df-a8665ef4aaef	1795082400	8ffedcff121ed76a26e03bae80098e0a743d0fee81fc642af713c0750c2f21c5	vzstats
9616de9b-caa2-40db-b964-29c917ca9ed3	ebecc7af-16a1-4bab-a4eb-10bb08bd262d	1795082400	8ffedcff121ed76a26e03bae80098e0a743d0fee81fc642af713c0750c2f21c5	vzstats
211495ab-f77b-4c7b-949f-d158e8aa309a	c3601b2c-18ca-4520-82e2-e5e36455db1f	1795082400	8ffedcff121ed76a26e03bae80098e0a743d0fee81fc642af713c0750c2f21c5	vzstats
838976f1-02f0-43e5-869d-5f661b5ea3d6	fbc858d2-2b34-43eb-b041-5e51d8b20d73	1795082400	8ffedcff121ed76a26e03bae80098e0a743d0fee81fc642af713c0750c2f21c5	vzstats
eafca4c5-2324-42da-bd72-0225d421a7f3	7fa8b641-5c50-419e-8146-282719a7816b	1795082400	8ffedcff121ed76a26e03bae80098e0a743d0fee81fc642af713c0750c2f21c5	vzstats
a4833327-0503-40cd-821c-5a7f5e06e2e7	95ff85b8-6158-4d29-b8eb-96f5e62adc3e	1795514400	58afb3ce5f4cec52fd552477ba6e22770e8cf0580dfaf0edf0a61fc9dbc71f48	native
d6c73332-6838-4a76-ba32-52bbd0588c10	03f1b2f5-f889-4588-b8df-d423c4a48c86	1795514400	fde177f94895d8c920aac082361fcfbd585402b892ff2721eaf87eefa7a2dddf	native
ca8dd12e-60de-4d2c-bd71-72804a1f2d83	10d028b7-2096-4f18-ba9a-ff806979ddf7	1795514400	22bb89a5edd6ab47cbccb5b5f5a09429ef250b3b2a07c6883abfcdd6d617ec71	native
7bc94341-3b4f-47b8-97f3-2580f2af2392	a3997855-16f0-4b80-9944-1b6e8941c40a	1795514400	0176c0f842d3cc7f01c25db512f1732db2a094d657b5ad33875f038e5d89a062	native
86153314-5dfb-433f-9cf6-6909fd9c3715	464064af-3816-47c7-ae0c-e7bee87acb41	1795514400	8e5d84dc34dd1537d1afc8b3ee950285a0f091db23e665a89ef7d8e11c8c0696	native
04e1e830-4207-43e1-9cdc-4e9446eef75d	74401e6c-6b8c-4305-a2c7-a8cef1ace04e	1795514400	4935c3841e6fdfcaf86abebd8a0d453e2afd4463e4baec8698c042c51a4fc10c	native
3b16df95-b25d-4fbd-8a82-4ee97df24ba7	35e05ffa-a573-4e0d-b010-7e8d0fa6665e	1795514400	fe274028ae934fdee4528f18a2f0c4edeb726fa2f9521c21b529305c7b0b894d	native
31c777a9-d75e-4316-ba6f-7e8f8909b11f	5d29d753-0e88-4e4b-82fc-ece2fec989a7	1795514400	3539b043f26898c94df5dec5f17e5843adee7fe56689f852ad2e8ecc437dc5b0	native
5b4d5ad3-7196-4b8c-9a06-2c2e241f25ad	31d6d449-e63a-4614-8a66-562a07797427	1795514400	e471959e58e6f1e621bf7b09a75b827bc2a9ab72c6e4de7056a270b9a7428b8d	native
1a79cc18-d301-448e-a89e-914a4c518427	eb9700cd-bafc-40df-a7b5-0a008312ccb6	1795514400	6edac3c015846407fa94c2b99cc8c9de66724700ea4fae5dce229925ba618b61	native
d0350dbe-c44b-4c4a-960a-c4b1d76fcc20	6b53c827-56ef-4cf8-8171-b2ce80d9b3d2	1795514400	a2c6fcfd9ef9a3ec72d47dfcf33a614bf0fbc33ae1928e37bc1a126dfae766ca	disp
9a1d09af-5682-4003-9fe8-4c186f05cc5c	f28f8424-1f7b-462c-bbd3-e0732b1e6846	1795514400	fbf028cf0da7f0850d3ac6b56f233916c2a721ec5be318d958eb25dd24931ad3	disp
24aa90e4-233c-4f12-a8c6-a8e49e6df922	85a31e9a-09a7-4423-bcbc-9409884f4223	1795514400	402acc60072197c9df070e3817ce82d0033be9b3554adc84f29150d21c582bf3	disp
fdf9ea33-e665-4fc7-b7eb-7101a341a877	f09444ea-c240-4c5b-af7f-9ed0ae16b423	1795514400	316a1256d236b9559b8b2151a9ef466e781e87332532b077bac88761a3224ff2	disp
2240da23-0795-4197-bd3c-45a8581bdf25	a22744bc-a4b4-499a-b378-f4e9f3317332	1795514400	8bedcfd5d8b73807425bf60bd815dfce338a2f8b47b3351ccf275e216d275b8e	disp
2785f18f-39fd-4c9e-93e2-45cd020a426a	a67d5df8-aa77-4c4c-a04a-d9998f54394b	1795514400	979f12a6281068406fc61d01b068e5170dd7eee9300812c877a7570115d2e411	vzstats
64d57519-de4c-481c-9e0b-9dbc178d2d21	8a0c9444-15a3-48f7-a5da-10df6c3497cf	1795514400	060f87727ef3fbbecc6e36168a4cda58d1fde1ac9db6aeec14716cd640769472	vzstats
b74e798a-4e9a-4923-b4fd-8e3657c39419	5bc8fc5d-3cd8-41ad-abd9-d1a1ff4bba0a	1795514400	36339985c01647f32ceaa0be6871319d3ee37931623227ff73e0e9dee422c820	vzstats
cf7cf84e-d21a-45c6-af18-808f1a592020	6d5949ca-4785-4b2c-b863-d9df8c283331	1795514400	13a8e653e62ea55deb4ad0887d8f52b4a96ecf0c1a4325cadb563598922e942e	vzstats
6764ef95-9e03-4377-b962-e7c1add26e12	b7ce5f5e-9aea-472f-815c-8fbe7cf039cc	1795514400	d76e6c31d3f6828797a85fd68b6cb8d0e7a3f45cab185eccf0fb6b8fd0090edb	vzstats
ab800337-63d1-4b01-b358-609644b3b6cb	f77a3a71-a168-4180-86df-a8665ef4aaef	1795514400	5fc237ee7270d9d8aaa8aa380ca06a1dc4b4e4ab16945717e15532d0c19937c5	vzstats
4c4c45eb-0d48-4eb6-b3f9-fc429f9c84b6	ebecc7af-16a1-4bab-a4eb-10bb08bd262d	1795514400	5fc237ee7270d9d8aaa8aa380ca06a1dc4b4e4ab16945717e15532d0c19937c5	vzstats
975e6507-461f-4afe-9768-133f26ca4da5	c3601b2c-18ca-4520-82e2-e5e36455db1f	1795514400	5fc237ee7270d9d8aaa8aa380ca06a1dc4b4e4ab16945717e15532d0c19937c5	vzstats
7092e050-bce2-467d-bdf1-1eb98cf66607	fbc858d2-2b34-43eb-b041-5e51d8b20d73	1795514400	5fc237ee7270d9d8aaa8aa380ca06a1dc4b4e4ab16945717e15532d0c19937c5	vzstats
3baf6005-ccb7-4b2e-864a-1df870d8a488	7fa8b641-5c50-419e-8146-282719a7816b	1795514400	5fc237ee7270d9d8aaa8aa380ca06a1dc4b4e4ab16945717e15532d0c19937c5	vzstats
\.


--
-- Data for Name: week_active; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.week_active (week, hosts) FROM stdin;
2952	25
2955	10
2959	13
2964	25
2966	10
2967	5
2968	23
2969	25
\.


--
-- Data for Name: week_counts; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.week_counts (week, new_hosts, reports) FROM stdin;
2969	0	25
2952	25	25
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
-- Name: forgotten forgotten_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.forgotten
    ADD CONSTRAINT forgotten_pkey PRIMARY KEY (host_hash);


--
-- Name: host_contrib host_contrib_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.host_contrib
    ADD CONSTRAINT host_contrib_pkey PRIMARY KEY (host_id, agg, dist, key, t);


--
-- Name: host_day host_day_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.host_day
    ADD CONSTRAINT host_day_pkey PRIMARY KEY (day);


--
-- Name: host_keys host_keys_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.host_keys
    ADD CONSTRAINT host_keys_pkey PRIMARY KEY (host_id, dist, key);


--
-- Name: hosts hosts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hosts
    ADD CONSTRAINT hosts_pkey PRIMARY KEY (host_id);


--
-- Name: reports reports_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reports
    ADD CONSTRAINT reports_pkey PRIMARY KEY (report_id);


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
-- Name: host_contrib_t; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX host_contrib_t ON public.host_contrib USING btree (agg, t);


--
-- Name: hosts_last_seen; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX hosts_last_seen ON public.hosts USING btree (last_seen);


--
-- Name: reports_received; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reports_received ON public.reports USING btree (received_at);


--
-- PostgreSQL database dump complete
--

\unrestrict W4btWpFb4Em2QiBorzU7TTuB9iXbxnhj4zRyuTQ7JgbTc7Yy9bnQ0Zwfu9v3Ql4

