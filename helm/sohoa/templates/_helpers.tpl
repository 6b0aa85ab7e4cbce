{{/* The chart's name, or nameOverride. */}}
{{- define "sohoa.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* "<release>-sohoa" (or fullnameOverride): the prefix of every object's name. */}}
{{- define "sohoa.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/* The headless service the replicas find each other through (JGroups DNS_PING). */}}
{{- define "sohoa.jgroupsService" -}}
{{- printf "%s-jgroups" (include "sohoa.fullname" .) | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* The DNS name of the headless service: its A records are the replicas' addresses. */}}
{{- define "sohoa.jgroupsDnsQuery" -}}
{{- printf "%s.%s.svc.cluster.local" (include "sohoa.jgroupsService" .) .Release.Namespace }}
{{- end }}

{{- define "sohoa.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Labels of every object. */}}
{{- define "sohoa.labels" -}}
helm.sh/chart: {{ include "sohoa.chart" . }}
{{ include "sohoa.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/* Labels that select the replicas. */}}
{{- define "sohoa.selectorLabels" -}}
app.kubernetes.io/name: {{ include "sohoa.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "sohoa.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "sohoa.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* An environment variable read from the chart's Secret; key names the entry in secret.keys. */}}
{{- define "sohoa.secretEnv" -}}
- name: {{ .name }}
  valueFrom:
    secretKeyRef:
      name: {{ .root.Values.secret.name }}
      key: {{ index .root.Values.secret.keys .key }}
{{- end }}

{{/* The migrations Job and its pod. */}}
{{- define "sohoa.migrationsName" -}}
{{- printf "%s-migrations" (include "sohoa.fullname" .) | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Labels of the migrations Job and its pod: a name of their own, so no selector of the release picks the pod. */}}
{{- define "sohoa.migrationsLabels" -}}
helm.sh/chart: {{ include "sohoa.chart" . }}
app.kubernetes.io/name: {{ printf "%s-migrations" (include "sohoa.name" .) | trunc 63 | trimSuffix "-" }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/component: migrations
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}
